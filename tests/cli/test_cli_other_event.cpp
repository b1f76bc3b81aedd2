// An event that is not the sample, made with the command line alone (branch qa4paper): a new
// event of its own, its date and time, the papers' letterhead, place and signer ("KT. BÍ THƯ /
// PHÓ BÍ THƯ"), the online plan; its papers read back with pdftotext against words written here.
#include "support/testsupport.h"

#include <QHash>
#include <QTemporaryDir>

using testsupport::ProcessResult;
using namespace Qt::StringLiterals;

namespace {

struct NewEventFile
{
    QTemporaryDir dir;
    QString path = dir.filePath(u"2027.sqlite"_s);

    ProcessResult run(const QStringList &args) const
    {
        return testsupport::runApp(QStringList { u"--lang"_s, u"en"_s, u"--db"_s, path } + args);
    }
    QString pdf(const QString &name) const { return dir.filePath(name + u".pdf"_s); }
};

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

} // namespace

TEST_CASE("CLI: a new event of its own prints its own letterhead, place, date and signer",
          "[cli][otherevent]")
{
    NewEventFile f;
    const ProcessResult made
        = f.run({ u"event"_s, u"new"_s, u"Đối thoại với thanh niên công nhân năm 2027"_s });
    INFO(text(made.err).toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK(text(made.out) == u"1\n"_s);

    const ProcessResult set
        = f.run({ u"event"_s, u"set"_s, u"--date"_s, u"2027-03-15"_s, u"--start"_s, u"14:00"_s,
                  u"--issuing-body"_s, u"BCH ĐOÀN TỈNH ĐỒNG NAI"_s, u"--place"_s, u"Biên Hòa"_s,
                  u"--on-behalf"_s, u"KT. BÍ THƯ"_s, u"--signer-title"_s, u"PHÓ BÍ THƯ"_s,
                  u"--signer"_s, u"Lê Quốc Bảo"_s });
    INFO(text(set.err).toStdString());
    REQUIRE(set.exitCode == 0);
    const QString shown = text(set.out);
    CHECK(shown.contains(u"signature: KT. BÍ THƯ / PHÓ BÍ THƯ / Lê Quốc Bảo\n"_s));
    CHECK(shown.contains(u"letterhead: BCH ĐOÀN TỈNH ĐỒNG NAI\n"_s));
    CHECK(shown.contains(u"place: Biên Hòa\n"_s));
    REQUIRE(f.run({ u"plan"_s, u"switch"_s, u"online"_s, u"--reason"_s, u"Mưa bão"_s }).exitCode
            == 0);

    // The notice, signed on Monday 1/3/2027, for Monday 15/3/2027 at 14:00.
    const ProcessResult notice = f.run(
        { u"print"_s, u"notice"_s, u"--out"_s, f.pdf(u"notice"_s), u"--date"_s, u"2027-03-01"_s });
    INFO(text(notice.err).toStdString());
    REQUIRE(notice.exitCode == 0);
    const QString t = testsupport::pdfText(f.pdf(u"notice"_s)).simplified();
    INFO(t.toStdString());
    CHECK(t.startsWith(u"BCH ĐOÀN TỈNH ĐỒNG NAI"_s));
    CHECK(t.contains(u"Biên Hòa, ngày 01 tháng 3 năm 2027"_s));
    CHECK(t.contains(u"1. Thời gian: 14 giờ 00, ngày 15/03/2027 (Thứ Hai)."_s));
    CHECK(t.contains(u"2. Địa điểm: Sẽ thông báo sau."_s));
    CHECK(t.contains(u"Ban Thường vụ Tỉnh đoàn thông báo"_s));
    CHECK(t.contains(u"KT. BÍ THƯ"_s));
    CHECK(t.contains(u"PHÓ BÍ THƯ"_s));
    CHECK(t.contains(u"Lê Quốc Bảo"_s));
    for (const QString &sample : { u"Tây Ninh"_s, u"TÂY NINH"_s, u"2021"_s, u"Thúy"_s,
                                   u"TM. BAN THƯỜNG VỤ"_s, u"Phòng họp Tỉnh đoàn"_s })
        CHECK_FALSE(t.contains(sample));

    // No programme yet: said so, nothing written.
    const ProcessResult programme
        = f.run({ u"print"_s, u"programme"_s, u"--out"_s, f.pdf(u"programme"_s) });
    CHECK(programme.exitCode == 1);
    CHECK(text(programme.err).contains(u"The programme has no item"_s));

    // Where and what: the online plan's room and stream, a programme of two items.
    const ProcessResult where = f.run({ u"plan"_s, u"set"_s, u"online"_s, u"--venue"_s,
                                        u"Phòng họp số 3, trụ sở Tỉnh đoàn"_s, u"--livestream"_s,
                                        u"https://www.facebook.com/tuoitredongnai"_s });
    INFO(text(where.err).toStdString());
    REQUIRE(where.exitCode == 0);
    CHECK(text(where.out).contains(u"  venue: Phòng họp số 3, trụ sở Tỉnh đoàn\n"_s));
    REQUIRE(f.run({ u"agenda"_s, u"add"_s, u"--title"_s, u"Khai mạc"_s, u"--minutes"_s, u"20"_s })
                .exitCode
            == 0);
    REQUIRE(f.run({ u"agenda"_s, u"add"_s, u"--title"_s, u"Đối thoại"_s, u"--minutes"_s, u"95"_s,
                    u"--presenter"_s, u"Đồng chí Lê Quốc Bảo"_s })
                .exitCode
            == 0);
    CHECK(f.run({ u"agenda"_s, u"add"_s, u"--minutes"_s, u"5"_s }).exitCode == 2);
    const ProcessResult printed
        = f.run({ u"print"_s, u"programme"_s, u"--out"_s, f.pdf(u"programme"_s) });
    INFO(text(printed.err).toStdString());
    REQUIRE(printed.exitCode == 0);
    const QString p = testsupport::pdfText(f.pdf(u"programme"_s)).simplified();
    INFO(p.toStdString());
    CHECK(p.contains(u"Địa điểm: Phòng họp số 3, trụ sở Tỉnh đoàn; đồng thời phát trực tiếp "
                     u"(livestream) trên"_s));
    CHECK(p.contains(u"https://www.facebook.com/tuoitredongnai"_s));
    CHECK(p.contains(u"14 giờ 00 – 14 giờ 20"_s));
    CHECK(p.contains(u"14 giờ 20 – 15 giờ 55"_s));
    CHECK(p.contains(u"Tổng thời gian: 1 giờ 55 phút"_s));

    // The organiser, the host unions with their quotas, a guest agency and a newspaper: a
    // letter to each but the organiser.
    for (const QStringList &unit : { QStringList { u"Tỉnh đoàn Đồng Nai"_s, u"organiser"_s },
                                     QStringList { u"Thành đoàn Biên Hòa"_s, u"host"_s, u"12"_s },
                                     QStringList { u"Huyện đoàn Trảng Bom"_s, u"host"_s, u"9"_s },
                                     QStringList { u"Liên đoàn Lao động tỉnh"_s, u"guest"_s },
                                     QStringList { u"Báo Đồng Nai"_s, u"press"_s } }) {
        static const QHash<QString, QString> kinds { { u"organiser"_s, u"provincial"_s },
                                                     { u"host"_s, u"district"_s },
                                                     { u"guest"_s, u"guest_agency"_s },
                                                     { u"press"_s, u"press"_s } };
        QStringList args { u"unit"_s,           u"add"_s, unit[0],
                           u"--part"_s,         unit[1],  u"--kind"_s,
                           kinds.value(unit[1]) };
        if (unit.size() > 2)
            args << u"--quota"_s << unit[2];
        const ProcessResult added = f.run(args);
        INFO(text(added.err).toStdString());
        CHECK(added.exitCode == 0);
    }
    CHECK(f.run({ u"unit"_s, u"add"_s, u"Báo Đồng Nai"_s, u"--part"_s, u"press"_s }).exitCode == 1);
    CHECK(f.run({ u"unit"_s, u"add"_s, u"Sở Y tế"_s, u"--part"_s, u"chair"_s }).exitCode != 0);
    const ProcessResult letters
        = f.run({ u"print"_s, u"unit-invitation"_s, u"--out"_s, f.pdf(u"letters"_s) });
    INFO(text(letters.err).toStdString());
    REQUIRE(letters.exitCode == 0);
    const QString l = testsupport::pdfText(f.pdf(u"letters"_s)).simplified();
    INFO(l.toStdString());
    CHECK(l.count(u"GIẤY MỜI"_s) == 4);
    for (const QString &to :
         { u"Kính gửi: Thành đoàn Biên Hòa"_s, u"Kính gửi: Huyện đoàn Trảng Bom"_s,
           u"Kính gửi: Liên đoàn Lao động tỉnh"_s, u"Kính gửi: Báo Đồng Nai"_s })
        CHECK(l.contains(to));
    CHECK(l.contains(u"đồng chí Bí thư Thành đoàn Biên Hòa tham gia chủ trì"_s));
    // The organiser is not invited; its page carries the stream.
    CHECK_FALSE(l.contains(u"Kính gửi: Tỉnh đoàn Đồng Nai"_s));
    CHECK(l.contains(u"trên Fanpage Tỉnh đoàn Đồng Nai, địa chỉ: "
                     u"https://www.facebook.com/tuoitredongnai"_s));

    // A line every paper needs cannot be emptied; "none" leaves the signer's name blank.
    CHECK(f.run({ u"event"_s, u"set"_s, u"--place"_s, u" "_s }).exitCode == 2);
    const ProcessResult unsigned_ = f.run({ u"event"_s, u"set"_s, u"--signer"_s, u"none"_s });
    REQUIRE(unsigned_.exitCode == 0);
    CHECK(text(unsigned_.out).contains(u"signature: KT. BÍ THƯ / PHÓ BÍ THƯ / \n"_s));
    CHECK(text(unsigned_.out).contains(u"place: Biên Hòa\n"_s));
}
