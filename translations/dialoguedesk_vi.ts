<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AttendeeActions</name>
    <message numerus="yes">
        <source>mark %n attendee(s) %1</source>
        <translation>
            <numerusform>đánh dấu %n đại biểu là %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mark %n people as invited</source>
        <translation>
            <numerusform>đánh dấu %n người là đã mời</numerusform>
        </translation>
    </message>
    <message>
        <source>substitute for %1</source>
        <translation>cử người thay cho %1</translation>
    </message>
    <message>
        <source>check in %1</source>
        <translation>điểm danh %1</translation>
    </message>
    <message numerus="yes">
        <source>check in %n attendee(s)</source>
        <translation>
            <numerusform>điểm danh %n đại biểu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>undo the check-in of %n attendee(s)</source>
        <translation>
            <numerusform>hủy điểm danh %n đại biểu</numerusform>
        </translation>
    </message>
    <message>
        <source>add walk-in %1</source>
        <translation>thêm người tự đến %1</translation>
    </message>
    <message>
        <source>The check-in of %1 was changed at another desk since; it was left as that desk made it.</source>
        <translation>Lượt điểm danh của %1 đã được một bàn khác thay đổi sau đó; chương trình giữ nguyên như bàn đó đã làm.</translation>
    </message>
    <message numerus="yes">
        <source>make %n attendee(s) reserve delegates</source>
        <translation>
            <numerusform>chuyển %n đại biểu thành đại biểu dự khuyết</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>make %n reserve delegate(s) delegates</source>
        <translation>
            <numerusform>chuyển %n đại biểu dự khuyết thành đại biểu chính thức</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckIn</name>
    <message>
        <source>No one of this event has the code %1.</source>
        <translation>Không có ai trong hội nghị này mang mã %1.</translation>
    </message>
    <message>
        <source>No one of this event has the number %1.</source>
        <translation>Không có ai trong hội nghị này mang số %1.</translation>
    </message>
    <message>
        <source>Type or scan a code, a number or a full name.</source>
        <translation>Hãy gõ hoặc quét mã, số thứ tự hoặc họ và tên.</translation>
    </message>
    <message>
        <source>The code %1 is not right: a digit was mistyped or misread. Scan it again or type the number.</source>
        <translation>Mã %1 không đúng: có chữ số bị gõ hoặc quét sai. Hãy quét lại hoặc gõ số thứ tự.</translation>
    </message>
    <message>
        <source>The code %1 belongs to another event: “%2”.</source>
        <translation>Mã %1 là của hội nghị khác: “%2”.</translation>
    </message>
    <message>
        <source>The code %1 belongs to another event.</source>
        <translation>Mã %1 là của hội nghị khác.</translation>
    </message>
    <message>
        <source>No one of this event is called “%1”.</source>
        <translation>Không có ai trong hội nghị này tên là “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n people are called “%1” (numbers %2): check in by number or code.</source>
        <translation>
            <numerusform>Có %n người tên là “%1” (số %2): hãy điểm danh theo số thứ tự hoặc mã.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has already checked in at %2.</source>
        <translation>%1 đã điểm danh lúc %2.</translation>
    </message>
    <message>
        <source>%1 has already checked in at %2 at the desk “%3”.</source>
        <translation>%1 đã điểm danh lúc %2 tại bàn “%3”.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Đối số “%1” không dùng được ở đây.</translation>
    </message>
    <message>
        <source>The file “%1” has integrity problems. Open a copy saved earlier, or save what can be read with File ▸ Save a copy.</source>
        <translation>Tệp “%1” có lỗi toàn vẹn dữ liệu. Hãy mở một bản sao đã lưu trước đây, hoặc lưu phần còn đọc được bằng Tệp ▸ Lưu bản sao.</translation>
    </message>
    <message>
        <source>It is probably open in the DialogueDesk window: close it there, then run the command again.</source>
        <translation>Có thể tệp đang được mở trong cửa sổ DialogueDesk: hãy đóng tệp ở đó rồi chạy lại lệnh.</translation>
    </message>
    <message>
        <source>There is no folder for the data file; choose one with --db FILE.</source>
        <translation>Không có thư mục để đặt tệp dữ liệu; hãy chọn tệp bằng --db FILE.</translation>
    </message>
    <message>
        <source>The event id “%1” is not a number.</source>
        <translation>Mã hội nghị “%1” không phải là số.</translation>
    </message>
    <message>
        <source>There is no event %1 in the file “%2”. “dialoguedesk list events” shows the events.</source>
        <translation>Tệp “%2” không có hội nghị %1. Lệnh “dialoguedesk list events” liệt kê các hội nghị.</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use vi or en.</source>
        <translation>Không có ngôn ngữ “%1”: hãy dùng vi hoặc en.</translation>
    </message>
    <message>
        <source>See dialoguedesk --help.</source>
        <translation>Xem dialoguedesk --help.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. The commands are: %2. See dialoguedesk --help.</source>
        <translation>Không có lệnh “%1”. Các lệnh là: %2. Xem dialoguedesk --help.</translation>
    </message>
    <message>
        <source>Created the sample event %1.</source>
        <translation>Đã tạo hội nghị mẫu %1.</translation>
    </message>
    <message>
        <source>No command given. See dialoguedesk --help for the commands.</source>
        <translation>Chưa có lệnh. Xem danh sách lệnh bằng dialoguedesk --help.</translation>
    </message>
    <message>
        <source>No unit is called “%1”. “dialoguedesk list units” shows the units.</source>
        <translation>Không có đơn vị nào tên là “%1”. Lệnh “dialoguedesk list units” liệt kê các đơn vị.</translation>
    </message>
    <message>
        <source>Say what to list: %1.</source>
        <translation>Hãy cho biết cần liệt kê gì: %1.</translation>
    </message>
    <message>
        <source>Cannot list “%1”; the lists are: %2.</source>
        <translation>Không liệt kê được “%1”; các danh sách có thể liệt kê: %2.</translation>
    </message>
    <message>
        <source>The option --%1 does not apply to “list %2”.</source>
        <translation>Tùy chọn --%1 không dùng được với “list %2”.</translation>
    </message>
    <message>
        <source>Unknown status “%1”; use one of: %2.</source>
        <translation>Không có trạng thái “%1”; hãy dùng một trong các giá trị: %2.</translation>
    </message>
    <message>
        <source>Say which plan: plan switch in-person|online --reason TEXT.</source>
        <translation>Hãy cho biết phương án: plan switch in-person|online --reason TEXT.</translation>
    </message>
    <message>
        <source>Unknown plan “%1”: use in-person or online.</source>
        <translation>Không có phương án “%1”: hãy dùng in-person hoặc online.</translation>
    </message>
    <message>
        <source>Say why the plan changes with --reason TEXT; it is kept in the log of switches.</source>
        <translation>Hãy nêu lý do chuyển phương án bằng --reason TEXT; lý do được lưu trong nhật ký chuyển phương án.</translation>
    </message>
    <message>
        <source>No column of “%1” holds the names (“Họ và tên” or “Tên”).</source>
        <translation>Không có cột nào của “%1” chứa họ tên (“Họ và tên” hoặc “Tên”).</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n would be added</source>
        <translation>
            <numerusform>sẽ thêm %n người</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>đã thêm %n người</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would be updated</source>
        <translation>
            <numerusform>sẽ cập nhật %n người</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>đã cập nhật %n người</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors not imported</source>
        <translation>
            <numerusform>không nhập %n dòng có lỗi</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing written (--dry-run)</source>
        <translation>chưa ghi gì (--dry-run)</translation>
    </message>
    <message>
        <source>Nothing in “%1” can be imported.</source>
        <translation>Không có dữ liệu nào trong “%1” nhập được.</translation>
    </message>
    <message>
        <source>Usage: export attendees FILE.csv|FILE.xlsx [--unit NAME]</source>
        <translation>Cách dùng: export attendees FILE.csv|FILE.xlsx [--unit NAME]</translation>
    </message>
    <message numerus="yes">
        <source>%n attendee(s) written to %1</source>
        <translation>
            <numerusform>đã ghi %n đại biểu vào %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The data file “%1” does not exist. Choose one with --db FILE, or add --sample to create it with the 2021 sample event.</source>
        <translation>Tệp dữ liệu “%1” không tồn tại. Hãy chọn tệp bằng --db FILE, hoặc thêm --sample để tạo tệp với hội nghị mẫu năm 2021.</translation>
    </message>
    <message>
        <source>%1 is already the active plan; nothing was changed.</source>
        <translation>%1 đang được áp dụng; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Say which paper to print: %1.</source>
        <translation>Hãy cho biết cần in giấy tờ nào: %1.</translation>
    </message>
    <message>
        <source>There is no paper called “%1”; the papers are: %2.</source>
        <translation>Không có giấy tờ nào tên là “%1”; các giấy tờ có thể in: %2.</translation>
    </message>
    <message>
        <source>--by takes topic or agency for the questions.</source>
        <translation>--by nhận topic hoặc agency khi in tổng hợp ý kiến.</translation>
    </message>
    <message>
        <source>--by takes unit or role for the lists.</source>
        <translation>--by nhận unit hoặc role khi in các danh sách.</translation>
    </message>
    <message>
        <source>The option --by does not apply to “print %1”.</source>
        <translation>Tùy chọn --by không dùng được với “print %1”.</translation>
    </message>
    <message>
        <source>The option --unit does not apply to “print %1”.</source>
        <translation>Tùy chọn --unit không dùng được với “print %1”.</translation>
    </message>
    <message>
        <source>The option --status does not apply to “print %1”.</source>
        <translation>Tùy chọn --status không dùng được với “print %1”.</translation>
    </message>
    <message>
        <source>Unknown status “%1”.</source>
        <translation>Không có trạng thái “%1”.</translation>
    </message>
    <message>
        <source>Nobody has the status “%1”, so there is no letter to print.</source>
        <translation>Không có ai ở trạng thái “%1” nên không có giấy mời nào để in.</translation>
    </message>
    <message>
        <source>Say which files to import: import questions FILE… (CSV, XLSX, ODS, XLS or .eml; a folder gives its files).</source>
        <translation>Hãy cho biết các tệp cần nhập: import questions FILE… (CSV, XLSX, ODS, XLS hoặc .eml; nếu là thư mục thì nhập các tệp trong thư mục đó).</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Tệp “%1” không tồn tại.</translation>
    </message>
    <message>
        <source>not imported: </source>
        <translation>không nhập: </translation>
    </message>
    <message>
        <source>(add --unit NAME to import it for that unit)</source>
        <translation>(thêm --unit NAME để nhập cho đơn vị đó)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Không nhập được ý kiến nào.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) would be imported (dry run: nothing was changed).</source>
        <translation>
            <numerusform>Sẽ nhập %n ý kiến (chạy thử: không có gì thay đổi).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n question(s).</source>
        <translation>
            <numerusform>Đã nhập %n ý kiến.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say where to write: export questions FILE.xlsx|FILE.csv [--agency NAME].</source>
        <translation>Hãy cho biết nơi ghi: export questions FILE.xlsx|FILE.csv [--agency NAME].</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n question(s) to %1.</source>
        <translation>
            <numerusform>Đã ghi %n ý kiến vào %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n question(s) as forwarded today.</source>
        <translation>
            <numerusform>Đã ghi nhận %n ý kiến là đã chuyển trong hôm nay.</numerusform>
        </translation>
    </message>
    <message>
        <source> or </source>
        <translation> hoặc </translation>
    </message>
    <message>
        <source>Usage: dialoguedesk [options] &lt;command&gt; [arguments]
Without a command, DialogueDesk opens its window.
</source>
        <translation>Cách dùng: dialoguedesk [tùy chọn] &lt;lệnh&gt; [đối số]
Nếu không có lệnh, DialogueDesk mở cửa sổ chương trình.
</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Các lệnh:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Tùy chọn:</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 failed, 2 wrong command line.</source>
        <translation>Mã thoát: 0 thành công, 1 thất bại, 2 sai dòng lệnh.</translation>
    </message>
    <message>
        <source>Incomplete command “%1”: use %2.</source>
        <translation>Lệnh “%1” chưa đủ: hãy dùng %2.</translation>
    </message>
    <message>
        <source>Unknown command “%1”: use %2.</source>
        <translation>Không có lệnh “%1”: hãy dùng %2.</translation>
    </message>
    <message>
        <source>check the data file without changing it: integrity, schema version, number of events</source>
        <translation>kiểm tra tệp dữ liệu mà không thay đổi tệp: tính toàn vẹn, phiên bản cấu trúc dữ liệu, số hội nghị</translation>
    </message>
    <message>
        <source>the active plan, both plans and the log of switches</source>
        <translation>phương án đang áp dụng, cả hai phương án và nhật ký chuyển phương án</translation>
    </message>
    <message>
        <source>make the other plan the active one and record why</source>
        <translation>chuyển sang áp dụng phương án kia và ghi lại lý do</translation>
    </message>
    <message>
        <source>the attendees in Vietnamese name order, ready for Excel; with --unit, those that unit sends</source>
        <translation>xuất danh sách đại biểu theo thứ tự tên tiếng Việt, mở được ngay bằng Excel; với --unit: những người do đơn vị đó cử</translation>
    </message>
    <message>
        <source>XLSX (or .csv) of the questions; with --agency, those for that agency, and their forwarding is recorded</source>
        <translation>xuất các ý kiến ra tệp XLSX (hoặc .csv); với --agency: các ý kiến gửi cơ quan đó, đồng thời ghi nhận việc chuyển ý kiến</translation>
    </message>
    <message>
        <source>the data file (default: %1)</source>
        <translation>tệp dữ liệu (mặc định: %1)</translation>
    </message>
    <message>
        <source>the event to work on (default: the first one)</source>
        <translation>hội nghị cần làm việc (mặc định: hội nghị đầu tiên)</translation>
    </message>
    <message>
        <source>first create the 2021 sample event; the command then works on it (without a command, the window opens it)</source>
        <translation>trước hết tạo hội nghị mẫu năm 2021; sau đó lệnh làm việc trên hội nghị này (nếu không có lệnh, cửa sổ chương trình sẽ mở hội nghị này)</translation>
    </message>
    <message>
        <source>the language of messages</source>
        <translation>ngôn ngữ của thông báo</translation>
    </message>
    <message>
        <source>list attendees|questions: rows holding every word (accents and case ignored; “0912 345” finds a phone)</source>
        <translation>list attendees|questions: các dòng chứa mọi từ đã gõ (không phân biệt dấu, chữ hoa/thường; “0912 345” tìm được số điện thoại)</translation>
    </message>
    <message>
        <source>list attendees|questions: only this status (e.g. invited, confirmed; received, answered)</source>
        <translation>list attendees|questions: chỉ trạng thái này (ví dụ invited, confirmed; received, answered)</translation>
    </message>
    <message>
        <source>plan switch: why the plan changes (required)</source>
        <translation>plan switch: lý do chuyển phương án (bắt buộc)</translation>
    </message>
    <message>
        <source>print: give the paper the next number of its kind</source>
        <translation>print: lấy số văn bản tiếp theo của loại giấy tờ đó</translation>
    </message>
    <message>
        <source>this help</source>
        <translation>hiện trợ giúp này</translation>
    </message>
    <message>
        <source>the program version</source>
        <translation>phiên bản chương trình</translation>
    </message>
    <message>
        <source>--unit</source>
        <translation>--unit</translation>
    </message>
    <message>
        <source>remembered for the title line “%1”</source>
        <translation>đã ghi nhớ cho dòng tiêu đề “%1”</translation>
    </message>
    <message>
        <source>the title line “%1”</source>
        <translation>dòng tiêu đề “%1”</translation>
    </message>
    <message>
        <source>Sent by %1 (from %2).</source>
        <translation>Đơn vị gửi: %1 (theo %2).</translation>
    </message>
    <message>
        <source>left out: “%1” is not a unit of the directory (--create-units creates it, --unit NAME puts the row under that unit).</source>
        <translation>không nhập: “%1” không phải đơn vị trong danh mục (--create-units để tạo đơn vị này, --unit TÊN để xếp dòng vào đơn vị đó).</translation>
    </message>
    <message>
        <source>left out: the row names no unit (--unit NAME gives one).</source>
        <translation>không nhập: dòng không ghi đơn vị (dùng --unit TÊN để chỉ rõ).</translation>
    </message>
    <message numerus="yes">
        <source>%n already there or repeated, skipped</source>
        <translation>
            <numerusform>bỏ qua %n người đã có hoặc lặp lại</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possibly the same as another person, imported as new (see the warnings)</source>
        <translation>
            <numerusform>%n người có thể trùng với người khác, vẫn nhập là người mới (xem cảnh báo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out without a unit</source>
        <translation>
            <numerusform>không nhập %n người vì không có đơn vị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) would be created</source>
        <translation>
            <numerusform>sẽ tạo %n đơn vị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) created</source>
        <translation>
            <numerusform>đã tạo %n đơn vị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) not in the directory, not created: their people go to %1</source>
        <translation>
            <numerusform>%n đơn vị chưa có trong danh mục, không tạo: người của các đơn vị này được xếp vào %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) not in the directory, not created</source>
        <translation>
            <numerusform>%n đơn vị chưa có trong danh mục, không tạo</numerusform>
        </translation>
    </message>
    <message>
        <source>import attendees: create the units a unit column names that are not in the directory</source>
        <translation>import attendees: tạo các đơn vị mà cột đơn vị ghi nhưng chưa có trong danh mục</translation>
    </message>
    <message>
        <source>Unknown encoding “%1”: use utf-8, utf-16, windows-1258 or tcvn3.</source>
        <translation>Không có bảng mã “%1”: hãy dùng utf-8, utf-16, windows-1258 hoặc tcvn3.</translation>
    </message>
    <message>
        <source>import: read a CSV in this encoding (utf-8, utf-16, windows-1258, tcvn3) instead of recognising it</source>
        <translation>import: đọc tệp CSV theo bảng mã này (utf-8, utf-16, windows-1258, tcvn3) thay vì tự nhận biết</translation>
    </message>
    <message>
        <source>Say which backup: backup restore FILE (see backup list).</source>
        <translation>Hãy cho biết bản sao lưu nào: backup restore TỆP (xem backup list).</translation>
    </message>
    <message>
        <source>the automatic backups of the data file, newest first: when, size in bytes, events, people, questions, file</source>
        <translation>các bản sao lưu tự động của tệp dữ liệu, mới nhất trước: thời điểm, dung lượng (byte), số hội nghị, số người, số câu hỏi, tệp</translation>
    </message>
    <message>
        <source>take a backup of the data file now</source>
        <translation>sao lưu tệp dữ liệu ngay bây giờ</translation>
    </message>
    <message>
        <source>put a backup back (a name from backup list, or a path); the current state is backed up first</source>
        <translation>khôi phục một bản sao lưu (tên lấy từ backup list, hoặc một đường dẫn); trạng thái hiện tại được sao lưu trước</translation>
    </message>
    <message>
        <source>erase the phones, e-mails and birth years of the event&apos;s people (Decree 13/2023), after a backup; names, units and counts stay</source>
        <translation>xóa số điện thoại, e-mail và năm sinh của những người dự hội nghị (Nghị định 13/2023), sau khi sao lưu; họ tên, đơn vị và các số liệu được giữ nguyên</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD (for example 2021-10-15), or none: “%2” is not one.</source>
        <translation>--%1 nhận một ngày dạng YYYY-MM-DD (ví dụ 2021-10-15) hoặc none: “%2” không phải là ngày.</translation>
    </message>
    <message>
        <source>the event: its date, start times, question intake, the signing date of each paper and the plan&apos;s text</source>
        <translation>sự kiện: ngày, giờ bắt đầu, cách nhận câu hỏi, ngày ký của từng văn bản và nội dung kế hoạch</translation>
    </message>
    <message>
        <source>change programme item N (its position in list agenda): duration, presenter, title, and with --online-title its title under the online plan</source>
        <translation>sửa mục N của chương trình (vị trí trong list agenda): thời lượng, người thực hiện, tên mục, và với --online-title tên mục theo phương án trực tuyến</translation>
    </message>
    <message>
        <source>assign questions to the agency that answers them; with --date, record them as sent that day (print forward records it otherwise)</source>
        <translation>giao câu hỏi cho cơ quan trả lời; với --date, ghi nhận đã chuyển vào ngày đó (nếu không, print forward sẽ ghi nhận)</translation>
    </message>
    <message>
        <source>record the answer to a question (an empty text removes it)</source>
        <translation>ghi câu trả lời cho một câu hỏi (nội dung trống thì xóa câu trả lời)</translation>
    </message>
    <message>
        <source>list questions: only those forwarded to this agency; question forward, print forward: the agency</source>
        <translation>list questions: chỉ những câu hỏi đã chuyển đến cơ quan này; question forward, print forward: cơ quan nhận</translation>
    </message>
    <message>
        <source>print: the file to write, .pdf or .odt</source>
        <translation>print: tệp cần ghi, .pdf hoặc .odt</translation>
    </message>
    <message>
        <source>print: how a list or the questions are grouped; question answer: who answered</source>
        <translation>print: cách nhóm danh sách hoặc câu hỏi; question answer: người trả lời</translation>
    </message>
    <message>
        <source>print forward: the day the agency is asked to answer by</source>
        <translation>print forward: hạn đề nghị cơ quan trả lời</translation>
    </message>
    <message>
        <source>event set: the start time</source>
        <translation>event set: giờ bắt đầu</translation>
    </message>
    <message>
        <source>event set: the event&apos;s title; agenda set: the item&apos;s title</source>
        <translation>event set: tên sự kiện; agenda set: tên mục</translation>
    </message>
    <message>
        <source>event set: the plan&apos;s text from a UTF-8 file, one paragraph per line, **bold**, *italic* (event show prints it)</source>
        <translation>event set: nội dung kế hoạch từ tệp UTF-8, mỗi dòng một đoạn, **đậm**, *nghiêng* (event show in ra nội dung này)</translation>
    </message>
    <message>
        <source>agenda set: the item&apos;s title under the online plan</source>
        <translation>agenda set: tên mục theo phương án trực tuyến</translation>
    </message>
    <message>
        <source>agenda set: the duration</source>
        <translation>agenda set: thời lượng</translation>
    </message>
    <message>
        <source>agenda set: who presents the item</source>
        <translation>agenda set: người thực hiện</translation>
    </message>
    <message>
        <source>note: </source>
        <translation>lưu ý: </translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Không đọc được %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a UTF-8 text with the plan&apos;s paragraphs.</source>
        <translation>%1 không phải là văn bản UTF-8 chứa các đoạn của kế hoạch.</translation>
    </message>
    <message>
        <source>--start takes a time as HH:MM (for example 07:30), or none: “%1” is not one.</source>
        <translation>--start nhận giờ dạng HH:MM (ví dụ 07:30) hoặc none: “%1” không phải là giờ.</translation>
    </message>
    <message>
        <source>The event needs a title.</source>
        <translation>Sự kiện cần có tên.</translation>
    </message>
    <message>
        <source>Say which item: agenda set N [--minutes M] [--presenter TEXT] [--title TEXT] [--online-title TEXT]; N is its position in “list agenda”.</source>
        <translation>Hãy cho biết mục nào: agenda set N [--minutes M] [--presenter TEXT] [--title TEXT] [--online-title TEXT]; N là vị trí của mục trong “list agenda”.</translation>
    </message>
    <message>
        <source>The item number “%1” is not a position (1, 2, …).</source>
        <translation>Số mục “%1” không phải là một vị trí (1, 2, …).</translation>
    </message>
    <message>
        <source>Say what to set: --minutes M, --presenter TEXT, --title TEXT or --online-title TEXT.</source>
        <translation>Hãy cho biết cần đặt gì: --minutes M, --presenter TEXT, --title TEXT hoặc --online-title TEXT.</translation>
    </message>
    <message>
        <source>--minutes takes a number of minutes from 0 to 1440.</source>
        <translation>--minutes nhận số phút từ 0 đến 1440.</translation>
    </message>
    <message numerus="yes">
        <source>The programme has %n item(s); there is no item %1.</source>
        <translation>
            <numerusform>Chương trình có %n mục; không có mục %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say where to write the paper: --out FILE.pdf (or FILE.odt for a document to edit).</source>
        <translation>Hãy cho biết ghi văn bản vào đâu: --out FILE.pdf (hoặc FILE.odt để có văn bản sửa được).</translation>
    </message>
    <message>
        <source>Say which agency the letter goes to: --agency NAME.</source>
        <translation>Hãy cho biết công văn gửi cơ quan nào: --agency TÊN.</translation>
    </message>
    <message>
        <source>The option --agency does not apply to “print %1”.</source>
        <translation>Tùy chọn --agency không dùng cho “print %1”.</translation>
    </message>
    <message>
        <source>The option --answer-by does not apply to “print %1”.</source>
        <translation>Tùy chọn --answer-by không dùng cho “print %1”.</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>cảnh báo: </translation>
    </message>
    <message>
        <source>There is no question %1 in this event. “dialoguedesk list questions” shows their ids.</source>
        <translation>Sự kiện này không có câu hỏi %1. “dialoguedesk list questions” cho biết mã các câu hỏi.</translation>
    </message>
    <message>
        <source>Say which questions and where: question forward ID… --agency NAME [--date YYYY-MM-DD].</source>
        <translation>Hãy cho biết câu hỏi nào và chuyển đến đâu: question forward ID… --agency TÊN [--date YYYY-MM-DD].</translation>
    </message>
    <message>
        <source>--date needs a date here.</source>
        <translation>--date ở đây cần một ngày cụ thể.</translation>
    </message>
    <message numerus="yes">
        <source>Forwarded %n question(s) to %1 on %2.</source>
        <translation>
            <numerusform>Đã chuyển %n câu hỏi đến %1 ngày %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n question(s) to %1; “print forward --agency” writes the covering letter and records the day they are sent.</source>
        <translation>
            <numerusform>Đã giao %n câu hỏi cho %1; “print forward --agency” in công văn chuyển và ghi nhận ngày chuyển.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say which question and the answer: question answer ID --text TEXT [--by WHO].</source>
        <translation>Hãy cho biết câu hỏi nào và câu trả lời: question answer ID --text NỘI DUNG [--by NGƯỜI TRẢ LỜI].</translation>
    </message>
    <message>
        <source>The answer is already recorded.</source>
        <translation>Câu trả lời này đã được ghi nhận.</translation>
    </message>
    <message>
        <source>Question %1: %2.</source>
        <translation>Câu hỏi %1: %2.</translation>
    </message>
    <message>
        <source>Say who: checkin ID|CODE|NAME (a number from list attendees, the code on the letter or badge, or the full name).</source>
        <translation>Hãy cho biết ai: checkin ID|CODE|NAME (số thứ tự trong list attendees, mã trên giấy mời hoặc thẻ đại biểu, hoặc họ và tên).</translation>
    </message>
    <message>
        <source>--desk does not apply to checkin --undo.</source>
        <translation>--desk không dùng được với checkin --undo.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>%1 has not checked in.</source>
        <translation>%1 chưa điểm danh.</translation>
    </message>
    <message>
        <source>Check-in taken back: %1</source>
        <translation>Đã hủy điểm danh: %1</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation>Đã điểm danh: %1</translation>
    </message>
    <message>
        <source>check people in at the door: a number from list attendees, the code on their letter or badge, or a full name; someone already checked in is said with the time and desk and not changed; --undo takes the check-in back</source>
        <translation>điểm danh đại biểu tại cửa: số thứ tự trong list attendees, mã trên giấy mời hoặc thẻ đại biểu, hoặc họ và tên; người đã điểm danh thì báo giờ và bàn điểm danh, không ghi lại; --undo hủy điểm danh</translation>
    </message>
    <message>
        <source>checkin: the name of this desk, recorded with each check-in</source>
        <translation>checkin: tên bàn điểm danh này, ghi kèm mỗi lượt điểm danh</translation>
    </message>
    <message>
        <source>checkin: take the check-in of these people back</source>
        <translation>checkin: hủy điểm danh của những người này</translation>
    </message>
    <message>
        <source>list attendees: only those checked in</source>
        <translation>list attendees: chỉ những người đã điểm danh</translation>
    </message>
    <message>
        <source>list attendees: add a last column with each person&apos;s check-in code</source>
        <translation>list attendees: thêm cột cuối là mã điểm danh của từng người</translation>
    </message>
    <message>
        <source>--%1 takes a whole number of zero or more, such as 12500000 or 12.500.000; “%2” is not one.</source>
        <translation>--%1 nhận một số nguyên không âm, ví dụ 12500000 hoặc 12.500.000; “%2” không phải là số như vậy.</translation>
    </message>
    <message>
        <source>Unknown plan “%1”: use in-person, online or both.</source>
        <translation>Không có phương án “%1”: dùng in-person, online hoặc both.</translation>
    </message>
    <message>
        <source>There is no budget line %1. “dialoguedesk list budget” shows them.</source>
        <translation>Không có dòng kinh phí %1. Lệnh “dialoguedesk list budget” liệt kê các dòng.</translation>
    </message>
    <message>
        <source>Say the section and the content: budget add SECTION TEXT --measure U --qty N --price P [--plan in-person|online|both].</source>
        <translation>Hãy cho biết mục và nội dung: budget add MỤC NỘI_DUNG --measure ĐVT --qty SỐ_LƯỢNG --price ĐƠN_GIÁ [--plan in-person|online|both].</translation>
    </message>
    <message>
        <source>The amount spent is entered afterwards: budget set ID --actual AMOUNT.</source>
        <translation>Số tiền thực chi được nhập sau: budget set ID --actual SỐ_TIỀN.</translation>
    </message>
    <message>
        <source>Say which line: budget set ID [--qty N] [--price P] [--measure U] [--plan P] [--note TEXT] [--actual AMOUNT|none].</source>
        <translation>Hãy cho biết dòng nào: budget set ID [--qty SỐ_LƯỢNG] [--price ĐƠN_GIÁ] [--measure ĐVT] [--plan PA] [--note GHI_CHÚ] [--actual SỐ_TIỀN|none].</translation>
    </message>
    <message>
        <source>Say which line: budget remove ID.</source>
        <translation>Hãy cho biết dòng nào: budget remove ID.</translation>
    </message>
    <message>
        <source>a paper as an A4 PDF, or as OpenDocument text (.odt) to edit before signing. PAPER: invitation, unit-invitation, delegates, sign-in, programme, questions, forward, notice, plan, budget, badges, place-cards, labels, report. --date: the signing date, remembered for the paper (none: blank, to fill in by hand); --by unit|role for the lists, topic|agency for the questions; forward --agency NAME [--answer-by YYYY-MM-DD]: the covering letter sending the agency its questions, which are recorded as forwarded; --take-number gives it the next number of its kind; invitation --status KEY: letters to the people of that status</source>
        <translation>in văn bản ra PDF khổ A4, hoặc văn bản OpenDocument (.odt) để sửa trước khi ký. PAPER: invitation, unit-invitation, delegates, sign-in, programme, questions, forward, notice, plan, budget, badges, place-cards, labels, report. --date: ngày ký, được ghi nhớ cho văn bản (none: để trống, điền tay); --by unit|role cho danh sách, topic|agency cho câu hỏi; forward --agency TÊN [--answer-by YYYY-MM-DD]: công văn chuyển câu hỏi đến cơ quan, các câu hỏi được ghi nhận là đã chuyển; --take-number cấp số tiếp theo của loại văn bản; invitation --status KEY: thư mời những người có trạng thái đó</translation>
    </message>
    <message>
        <source>add a line to the budget estimate: its section (e.g. “Hội trường”), what is paid for, the unit of measure, quantity and unit price in đồng (12.500.000 or 12500000); --plan: the plan it belongs to (default both); --note TEXT</source>
        <translation>thêm một dòng vào dự trù kinh phí: mục (ví dụ “Hội trường”), nội dung chi, đơn vị tính, số lượng và đơn giá bằng đồng (12.500.000 hoặc 12500000); --plan: phương án áp dụng (mặc định cả hai); --note GHI_CHÚ</translation>
    </message>
    <message>
        <source>change a line of the budget (its id from list budget); --actual: the amount spent, for the results report</source>
        <translation>sửa một dòng kinh phí (id lấy từ list budget); --actual: số tiền thực chi, cho báo cáo kết quả</translation>
    </message>
    <message>
        <source>delete a line of the budget</source>
        <translation>xóa một dòng kinh phí</translation>
    </message>
    <message>
        <source>the clerk&apos;s assessment and proposals in the results report after the day (print report); \n or a line break starts a paragraph</source>
        <translation>phần đánh giá và đề xuất của báo cáo kết quả sau hội nghị (print report); \n hoặc xuống dòng để sang đoạn mới</translation>
    </message>
    <message>
        <source>budget add|set: the unit of measure (ĐVT), e.g. buổi, bộ, chai</source>
        <translation>budget add|set: đơn vị tính (ĐVT), ví dụ buổi, bộ, chai</translation>
    </message>
    <message>
        <source>budget add|set: the unit price in đồng</source>
        <translation>budget add|set: đơn giá bằng đồng</translation>
    </message>
    <message>
        <source>budget add|set: the plan a line belongs to</source>
        <translation>budget add|set: phương án của dòng</translation>
    </message>
    <message>
        <source>budget add|set: the line&apos;s note</source>
        <translation>budget add|set: ghi chú của dòng</translation>
    </message>
    <message>
        <source>report set: the assessment (đánh giá)</source>
        <translation>report set: phần đánh giá</translation>
    </message>
    <message>
        <source>report set: the proposals (đề xuất, kiến nghị)</source>
        <translation>report set: phần đề xuất, kiến nghị</translation>
    </message>
    <message>
        <source>budget set: the amount actually spent (none: not known)</source>
        <translation>budget set: số tiền thực chi (none: chưa biết)</translation>
    </message>
    <message>
        <source>The option --role does not apply to “print %1”.</source>
        <translation>Tùy chọn --role không dùng được với “print %1”.</translation>
    </message>
    <message>
        <source>Unknown role “%1”.</source>
        <translation>Không có vai trò “%1”.</translation>
    </message>
    <message>
        <source>Say what to write: report set [--assessment TEXT] [--proposals TEXT]; a line break starts a new paragraph.</source>
        <translation>Hãy cho biết nội dung: report set [--assessment NỘI_DUNG] [--proposals NỘI_DUNG]; xuống dòng để sang đoạn mới.</translation>
    </message>
    <message>
        <source>import, mail fetch: check and list the problems, write nothing; mail send --dry-run DIR: write the messages as .eml files into DIR, send nothing</source>
        <translation>import, mail fetch: kiểm tra và liệt kê các lỗi, không ghi gì; mail send --dry-run THƯ_MỤC: ghi các thư thành tệp .eml vào THƯ_MỤC, không gửi gì</translation>
    </message>
    <message>
        <source>mail fetch: the mailbox, imap://HOST:PORT/FOLDER (STARTTLS) or imaps://HOST:PORT/FOLDER</source>
        <translation>mail fetch: hộp thư, imap://MÁY_CHỦ:CỔNG/THƯ_MỤC (STARTTLS) hoặc imaps://MÁY_CHỦ:CỔNG/THƯ_MỤC</translation>
    </message>
    <message>
        <source>mail fetch, mail send: the login</source>
        <translation>mail fetch, mail send: tên đăng nhập</translation>
    </message>
    <message>
        <source>mail send: the sending server, smtp://HOST:PORT (STARTTLS) or smtps://HOST:PORT</source>
        <translation>mail send: máy chủ gửi thư, smtp://MÁY_CHỦ:CỔNG (STARTTLS) hoặc smtps://MÁY_CHỦ:CỔNG</translation>
    </message>
    <message>
        <source>mail send: the event&apos;s address the papers are sent from</source>
        <translation>mail send: địa chỉ thư của sự kiện dùng để gửi văn bản</translation>
    </message>
    <message>
        <source>mail send: send again to units that already received the paper</source>
        <translation>mail send: gửi lại cho các đơn vị đã nhận văn bản</translation>
    </message>
    <message>
        <source>not read: </source>
        <translation>không đọc được: </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s); %1 question(s) would be imported (dry run: nothing was changed).</source>
        <translation>
            <numerusform>%n thư mới; sẽ nhập %1 câu hỏi (chạy thử: không thay đổi gì).</numerusform>
        </translation>
    </message>
    <message>
        <source>left in the mailbox: </source>
        <translation>để lại trong hộp thư: </translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s) read</source>
        <translation>
            <numerusform>đã đọc %n thư mới</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>imported %n question(s)</source>
        <translation>
            <numerusform>đã nhập %n câu hỏi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) read before</source>
        <translation>
            <numerusform>%n thư đã đọc trước đó</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” không phải là địa chỉ thư điện tử.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number.</source>
        <translation>“%1” không phải là số điện thoại.</translation>
    </message>
    <message>
        <source>Unit %1: e-mail %2, phone %3, contact %4.</source>
        <translation>Đơn vị %1: thư điện tử %2, điện thoại %3, người liên hệ %4.</translation>
    </message>
    <message>
        <source>Say which paper: mail send unit-invitation|forward|notice [--unit NAME] [--smtp URL] [--from ADDRESS] [--dry-run DIR] [--again].</source>
        <translation>Hãy cho biết văn bản: mail send unit-invitation|forward|notice [--unit TÊN] [--smtp URL] [--from ĐỊA_CHỈ] [--dry-run THƯ_MỤC] [--again].</translation>
    </message>
    <message>
        <source>“%1” cannot be sent by e-mail: the papers sent are unit-invitation, forward and notice.</source>
        <translation>Không gửi “%1” qua thư điện tử được: các văn bản gửi được là unit-invitation, forward và notice.</translation>
    </message>
    <message>
        <source>not sent: </source>
        <translation>không gửi: </translation>
    </message>
    <message>
        <source>Add --again to send the paper again to the units that received it.</source>
        <translation>Thêm --again để gửi lại văn bản cho các đơn vị đã nhận.</translation>
    </message>
    <message>
        <source>failed: </source>
        <translation>thất bại: </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n message(s) (dry run: nothing was sent).</source>
        <translation>
            <numerusform>Đã ghi %n thư (chạy thử: không gửi gì).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n message(s).</source>
        <translation>
            <numerusform>Đã gửi %n thư.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say where to: copy-to FILE or copy-to postgresql://SERVER/DATABASE.</source>
        <translation>Hãy cho biết chép đến đâu: copy-to TỆP hoặc copy-to postgresql://MÁY-CHỦ/CSDL.</translation>
    </message>
    <message>
        <source>The target is the store itself.</source>
        <translation>Đích chép chính là kho dữ liệu đang mở.</translation>
    </message>
    <message>
        <source>copy everything the store holds (every event, unit and setting) into a new file or an empty server database, in one step, and print the rows copied per table; a target that holds data is refused</source>
        <translation>chép toàn bộ dữ liệu (mọi hội nghị, đơn vị và thiết lập) sang một tệp mới hoặc một cơ sở dữ liệu trống trên máy chủ, trong một bước, rồi in số dòng đã chép của từng bảng; đích đã có dữ liệu thì bị từ chối</translation>
    </message>
    <message>
        <source>budget add|set: the quantity, with decimals if need be (1,5 or 1.5)</source>
        <translation>budget add|set: số lượng, có thể có phần thập phân (1,5 hoặc 1.5)</translation>
    </message>
    <message>
        <source>read the new messages of the event&apos;s mailbox (--server) and import their questions like .eml files; messages read before are skipped, nothing on the server changes; the password comes from the keychain or DD_MAIL_PASSWORD; --unit NAME for senders not in the directory; --dry-run only checks; --save-lists DIR saves the attached spreadsheets (attendee lists) there, one line each: list, sending unit, file, for import attendees FILE --unit NAME</source>
        <translation>đọc các thư mới trong hộp thư của hội nghị (--server) và nhập câu hỏi như tệp .eml; thư đã đọc được bỏ qua, trên máy chủ không có gì thay đổi; mật khẩu lấy từ kho khóa hoặc DD_MAIL_PASSWORD; --unit TÊN cho người gửi không có trong danh mục; --dry-run chỉ kiểm tra; --save-lists THƯ_MỤC lưu các bảng tính đính kèm (danh sách đại biểu) vào đó, mỗi tệp một dòng: list, đơn vị gửi, tệp, để dùng với import attendees TỆP --unit TÊN</translation>
    </message>
    <message>
        <source>mail fetch: save the attendee lists attached to the messages in this folder</source>
        <translation>mail fetch: lưu các danh sách đại biểu đính kèm trong thư vào thư mục này</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <source>%1 from %2 matches no unit: import it with --unit NAME once you know which union sent it.</source>
        <translation>%1 của %2 không khớp với đơn vị nào: hãy nhập bằng --unit TÊN khi đã biết đơn vị nào gửi.</translation>
    </message>
    <message>
        <source>an edit of a row another desk changed meanwhile writes over theirs instead of failing</source>
        <translation>sửa một dòng mà bàn khác đã sửa trong lúc đó thì ghi đè lên giá trị của họ thay vì báo lỗi</translation>
    </message>
    <message>
        <source>the file name “%1”</source>
        <translation>tên tệp “%1”</translation>
    </message>
    <message>
        <source>The sheet “%1” of “%2”</source>
        <translation>Trang tính “%1” của tệp “%2”</translation>
    </message>
    <message>
        <source>%1 does not say which union sends these people: no column names units of the directory, and no title line names one (such as “Đơn vị: Huyện đoàn …”). Give it with --unit NAME; nothing was written.</source>
        <translation>%1 không cho biết đơn vị nào gửi danh sách: không có cột nào ghi tên đơn vị trong danh mục, cũng không có dòng tiêu đề nào ghi (như “Đơn vị: Huyện đoàn …”). Hãy chỉ rõ bằng --unit TÊN; chưa ghi gì.</translation>
    </message>
    <message>
        <source>Sheet “%1”:</source>
        <translation>Trang tính “%1”:</translation>
    </message>
    <message>
        <source>the signature line “%1”</source>
        <translation>dòng chữ ký “%1”</translation>
    </message>
    <message>
        <source>print a table: tab-separated UTF-8 with a header row; agenda with the clock times of the active plan; mail: the papers sent by e-mail and those that failed (status sent or failed)</source>
        <translation>in một bảng: UTF-8 phân cách bằng tab, có dòng tiêu đề; agenda kèm giờ theo phương án đang áp dụng; mail: các văn bản đã gửi qua thư điện tử và các thư gửi lỗi (cột status: sent hoặc failed)</translation>
    </message>
    <message>
        <source>send the paper to each unit it is for, with the unit&apos;s own PDF attached, from the event&apos;s address; units without an address are listed and skipped; a unit that received the paper before is skipped unless --again is given; every message is logged (list mail), one that failed with the reason; --dry-run DIR writes the messages as .eml files instead</source>
        <translation>gửi văn bản đến từng đơn vị nhận, đính kèm tệp PDF riêng của đơn vị, từ địa chỉ của sự kiện; đơn vị chưa có địa chỉ được liệt kê và bỏ qua; đơn vị đã nhận văn bản được bỏ qua trừ khi có --again; mỗi thư được ghi nhật ký (list mail), thư gửi lỗi kèm lý do; --dry-run THƯ_MỤC ghi các thư thành tệp .eml thay vì gửi</translation>
    </message>
    <message>
        <source>event set: who prepares the papers (người lập), printed under the budget&apos;s first signature; none: left blank to sign by hand</source>
        <translation>event set: người lập giấy tờ, in dưới chữ ký thứ nhất của dự trù kinh phí; none: để trống, ký và ghi tên bằng tay</translation>
    </message>
    <message>
        <source>The failed messages are in the log (list mail, status failed); send again to send them.</source>
        <translation>Các thư gửi lỗi đã được ghi vào nhật ký (list mail, status failed); gửi lại để gửi các thư đó.</translation>
    </message>
    <message>
        <source>fill in a unit&apos;s e-mail address, phone and contact person, and its seat quota in the event</source>
        <translation>điền địa chỉ thư điện tử, số điện thoại và người liên hệ của một đơn vị, và chỉ tiêu chỗ ngồi của đơn vị trong hội nghị</translation>
    </message>
    <message>
        <source>Say which unit: unit set NAME [--email ADDRESS] [--phone NUMBER] [--contact NAME] [--quota SEATS].</source>
        <translation>Hãy cho biết đơn vị: unit set TÊN [--email ĐỊA_CHỈ] [--phone SỐ] [--contact TÊN] [--quota SỐ_CHỖ].</translation>
    </message>
    <message>
        <source>“%1” is not a quota: a number of seats, for example 22, or none.</source>
        <translation>“%1” không phải là chỉ tiêu: hãy nhập số chỗ ngồi, ví dụ 22, hoặc none.</translation>
    </message>
    <message>
        <source>Unit %1: quota %2.</source>
        <translation>Đơn vị %1: chỉ tiêu %2.</translation>
    </message>
    <message numerus="yes">
        <source>Sheet “%1”: %n question(s).</source>
        <translation>
            <numerusform>Trang tính “%1”: %n ý kiến.</numerusform>
        </translation>
    </message>
    <message>
        <source>write the secretariat&apos;s note on a question, never printed (an empty text removes it)</source>
        <translation>ghi chú của văn phòng cho một ý kiến, không bao giờ được in (để trống thì xóa ghi chú)</translation>
    </message>
    <message>
        <source>Say which question and the note: question note ID --text TEXT.</source>
        <translation>Hãy cho biết ý kiến nào và ghi chú: question note ID --text NỘI_DUNG.</translation>
    </message>
    <message>
        <source>The note is already that.</source>
        <translation>Ghi chú đã đúng như vậy.</translation>
    </message>
    <message>
        <source>Question %1: note removed.</source>
        <translation>Ý kiến %1: đã xóa ghi chú.</translation>
    </message>
    <message>
        <source>Question %1: note saved.</source>
        <translation>Ý kiến %1: đã lưu ghi chú.</translation>
    </message>
    <message>
        <source>No attendee has the number “%1” (see list attendees).</source>
        <translation>Không có đại biểu nào mang số “%1” (xem list attendees).</translation>
    </message>
    <message>
        <source>Say who: attendee set ID... (the numbers from list attendees).</source>
        <translation>Hãy cho biết ai: attendee set ID... (số thứ tự trong list attendees).</translation>
    </message>
    <message>
        <source>Say what to change: attendee set ID... --reserve yes|no.</source>
        <translation>Hãy cho biết cần thay đổi gì: attendee set ID... --reserve yes|no.</translation>
    </message>
    <message>
        <source>Reserve delegate: %1</source>
        <translation>Đại biểu dự khuyết: %1</translation>
    </message>
    <message>
        <source>Not a reserve: %1</source>
        <translation>Không còn là đại biểu dự khuyết: %1</translation>
    </message>
    <message>
        <source>%1 has already been replaced.</source>
        <translation>%1 đã được thay thế rồi.</translation>
    </message>
    <message>
        <source>%1 is not a reserve delegate of the same unit as %2 (list attendees shows reserve yes); nothing was changed.</source>
        <translation>%1 không phải là đại biểu dự khuyết cùng đơn vị với %2 (list attendees ghi reserve yes); không có gì thay đổi.</translation>
    </message>
    <message>
        <source>%1 replaces %2.</source>
        <translation>%1 thay cho %2.</translation>
    </message>
    <message>
        <source>make people reserve delegates (đại biểu dự khuyết: they count against no quota and are not invited with the delegates), or delegates again</source>
        <translation>chuyển người thành đại biểu dự khuyết (không tính vào chỉ tiêu, không được mời cùng các đại biểu), hoặc trở lại đại biểu chính thức</translation>
    </message>
    <message>
        <source>set the day of the meeting, its start time (both plans), its title or who prepares its papers, or with --plan-text FILE the plan&apos;s own words; the papers&apos; signature (--on-behalf, --signer-title, --signer), place before the date and issuing body; a fact the plan&apos;s text states too is noted on stderr</source>
        <translation>đặt ngày hội nghị, giờ bắt đầu (cả hai phương án), tên sự kiện hoặc người lập văn bản, hoặc với --plan-text FILE lời văn riêng của kế hoạch; phần ký của văn bản (--on-behalf, --signer-title, --signer), địa danh trước ngày tháng và cơ quan ban hành; điều mà lời văn kế hoạch cũng nêu được ghi chú trên stderr</translation>
    </message>
    <message>
        <source>event set: who signs the papers, printed under the signature; none: left blank</source>
        <translation>event set: người ký văn bản, in dưới chữ ký; none: để trống</translation>
    </message>
    <message>
        <source>event set: the signer&apos;s title above the signature, e.g. PHÓ BÍ THƯ</source>
        <translation>event set: chức vụ người ký trên chữ ký, ví dụ PHÓ BÍ THƯ</translation>
    </message>
    <message>
        <source>event set: the line above the signer&apos;s title, e.g. “TM. BAN THƯỜNG VỤ TỈNH ĐOÀN” or “KT. BÍ THƯ”; none: no such line</source>
        <translation>event set: dòng trên chức vụ người ký, ví dụ “TM. BAN THƯỜNG VỤ TỈNH ĐOÀN” hoặc “KT. BÍ THƯ”; none: không có dòng này</translation>
    </message>
    <message>
        <source>Say what to set: event set [--date YYYY-MM-DD|none] [--start HH:MM|none] [--title TEXT] [--preparer NAME|none] [--signer NAME|none] [--signer-title TEXT] [--on-behalf TEXT|none] [--place TEXT] [--issuing-body TEXT] [--plan-text FILE].</source>
        <translation>Hãy cho biết cần đặt gì: event set [--date YYYY-MM-DD|none] [--start HH:MM|none] [--title TEXT] [--preparer NAME|none] [--signer NAME|none] [--signer-title TEXT] [--on-behalf TEXT|none] [--place TEXT] [--issuing-body TEXT] [--plan-text FILE].</translation>
    </message>
    <message>
        <source>--%1 needs a text.</source>
        <translation>--%1 cần có nội dung.</translation>
    </message>
    <message>
        <source>event set: the place before the papers&apos; date, e.g. Biên Hòa</source>
        <translation>event set: địa danh trước ngày tháng của văn bản, ví dụ Biên Hòa</translation>
    </message>
    <message>
        <source>event set: the issuing body at the papers&apos; top left, e.g. BCH ĐOÀN TỈNH ĐỒNG NAI</source>
        <translation>event set: cơ quan ban hành ở góc trên bên trái văn bản, ví dụ BCH ĐOÀN TỈNH ĐỒNG NAI</translation>
    </message>
    <message>
        <source>add an item at the end of the programme (both plans), with its duration and who presents it</source>
        <translation>thêm một mục vào cuối chương trình (cả hai phương án), với thời lượng và người thực hiện</translation>
    </message>
    <message>
        <source>set where a plan is held and, online, the address of the livestream its papers give</source>
        <translation>đặt địa điểm tổ chức của một phương án và, với phương án trực tuyến, địa chỉ phát trực tiếp mà văn bản ghi</translation>
    </message>
    <message>
        <source>plan set: where the meeting is held under that plan</source>
        <translation>plan set: nơi tổ chức hội nghị theo phương án đó</translation>
    </message>
    <message>
        <source>plan set: the page the online meeting is streamed on</source>
        <translation>plan set: trang phát trực tiếp hội nghị trực tuyến</translation>
    </message>
    <message>
        <source>Say what the item is: agenda add --title TEXT.</source>
        <translation>Hãy cho biết nội dung mục: agenda add --title TEXT.</translation>
    </message>
    <message>
        <source>Say which plan: plan set in-person|online [--venue TEXT|none] [--livestream URL|none].</source>
        <translation>Hãy cho biết phương án nào: plan set in-person|online [--venue TEXT|none] [--livestream URL|none].</translation>
    </message>
    <message>
        <source>Say what to set: --venue TEXT|none or --livestream URL|none.</source>
        <translation>Hãy cho biết cần đặt gì: --venue TEXT|none hoặc --livestream URL|none.</translation>
    </message>
    <message>
        <source>The event has no %1 plan.</source>
        <translation>Sự kiện không có phương án %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n hidden row(s) left out</source>
        <translation>
            <numerusform>bỏ qua %n hàng bị ẩn</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: import attendees FILE [--unit NAME] [--create-units] [--sheet NAME] [--include-hidden-rows] [--dry-run] [--encoding NAME]</source>
        <translation>Cách dùng: import attendees FILE [--unit NAME] [--create-units] [--sheet NAME] [--include-hidden-rows] [--dry-run] [--encoding NAME]</translation>
    </message>
    <message>
        <source>“%1” has no sheet “%2”; its sheets are %3.</source>
        <translation>“%1” không có trang tính “%2”; các trang tính của tệp là %3.</translation>
    </message>
    <message>
        <source>The sheet “%1” is hidden in the file and was not read (--sheet “%1” reads it).</source>
        <translation>Trang tính “%1” bị ẩn trong tệp nên không được đọc (--sheet “%1” để đọc trang này).</translation>
    </message>
    <message>
        <source>The sheet “%1” of “%2” has no header row (a row with “Họ và tên”, “Đơn vị”, …).</source>
        <translation>Trang tính “%1” của “%2” không có hàng tiêu đề (hàng có “Họ và tên”, “Đơn vị”, …).</translation>
    </message>
    <message>
        <source>No visible sheet of “%1” has a header row (a row with “Họ và tên”, “Đơn vị”, …).</source>
        <translation>Không trang tính nào đang hiện của “%1” có hàng tiêu đề (hàng có “Họ và tên”, “Đơn vị”, …).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) hidden in the file left out (row(s) %1); --include-hidden-rows imports them.</source>
        <translation>
            <numerusform>Bỏ qua %n hàng bị ẩn trong tệp (hàng %1); dùng --include-hidden-rows để nhập cả các hàng này.</numerusform>
        </translation>
    </message>
    <message>
        <source>people from a list sent by a union (CSV in any of the usual encodings, XLSX, ODS, XLS): every problem is printed with its row, and the people are added in one step; the sending union is --unit NAME, or the one the list&apos;s title or a unit column names; --create-units adds the units a unit column names that are not in the directory; every visible sheet holding a list is read, or only --sheet NAME; rows the file hides are left out unless --include-hidden-rows; --dry-run only checks</source>
        <translation>nhập đại biểu từ danh sách do đơn vị gửi (CSV với các bảng mã thường gặp, XLSX, ODS, XLS): mọi lỗi được in kèm số dòng, và đại biểu được thêm trong một bước; đơn vị gửi là --unit NAME, hoặc đơn vị mà tiêu đề danh sách hay cột đơn vị ghi; --create-units tạo các đơn vị mà cột đơn vị ghi nhưng chưa có trong danh mục; đọc mọi trang tính đang hiện có danh sách, hoặc chỉ trang --sheet NAME; các hàng bị ẩn trong tệp được bỏ qua trừ khi có --include-hidden-rows; --dry-run chỉ kiểm tra</translation>
    </message>
    <message>
        <source>questions from CSV/XLSX/ODS/XLS or .eml files (or a folder of them); problems are listed; --unit NAME for senders not in the directory; rows the file hides are left out unless --include-hidden-rows; --dry-run only checks</source>
        <translation>nhập ý kiến từ tệp CSV/XLSX/ODS/XLS hoặc .eml (hoặc một thư mục chứa các tệp đó); các lỗi được liệt kê; --unit NAME cho người gửi chưa có trong danh mục; các hàng bị ẩn trong tệp được bỏ qua trừ khi có --include-hidden-rows; --dry-run chỉ kiểm tra</translation>
    </message>
    <message>
        <source>import: also read the rows the file hides (hidden, filtered out by an AutoFilter, in a collapsed group), which are left out otherwise</source>
        <translation>import: đọc cả các hàng bị ẩn trong tệp (ẩn, bị Bộ lọc tự động lọc bỏ, nằm trong nhóm đang thu gọn), vốn được bỏ qua nếu không có tùy chọn này</translation>
    </message>
    <message>
        <source>import attendees: read only this sheet of the workbook, even a hidden one (without it every visible sheet holding a list is read)</source>
        <translation>import attendees: chỉ đọc trang tính này của tệp, kể cả trang bị ẩn (nếu không có tùy chọn này, đọc mọi trang tính đang hiện có danh sách)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) hidden in the file left out; --include-hidden-rows imports them.</source>
        <translation>
            <numerusform>Bỏ qua %n hàng bị ẩn trong tệp; dùng --include-hidden-rows để nhập cả các hàng này.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say who is replaced and by whom: attendee substitute ID RESERVE (the numbers from list attendees), or attendee substitute ID --name “FULL NAME” [--phone NUMBER] for a new person.</source>
        <translation>Hãy nêu ai được thay và ai thay: attendee substitute ID DỰ_KHUYẾT (các số trong list attendees), hoặc attendee substitute ID --name “HỌ VÀ TÊN” [--phone SỐ] cho một người mới.</translation>
    </message>
    <message>
        <source>The file “%1” holds no event yet. Create one with event new TITLE or in the window, or add --sample to create the 2021 sample event.</source>
        <translation>Tệp “%1” chưa có hội nghị nào. Hãy tạo hội nghị bằng event new TÊN hoặc trong cửa sổ chương trình, hoặc thêm --sample để tạo hội nghị mẫu năm 2021.</translation>
    </message>
    <message>
        <source>create an empty event (and the data file when it does not exist) and print its id, for --event ID; its units are added with unit add</source>
        <translation>tạo một hội nghị trống (và tạo tệp dữ liệu nếu chưa có) rồi in số hiệu của hội nghị, dùng cho --event ID; các đơn vị của hội nghị được thêm bằng unit add</translation>
    </message>
    <message>
        <source>add a unit to the directory and to the event, with its part in the event and its seat quota</source>
        <translation>thêm một đơn vị vào danh mục và vào hội nghị, kèm vai trò của đơn vị trong hội nghị và số đại biểu được phân bổ</translation>
    </message>
    <message>
        <source>add a topic of the questions to the event (numbered after the last one, as list questions shows them)</source>
        <translation>thêm một chủ đề ý kiến vào hội nghị (đánh số tiếp theo chủ đề cuối cùng, như list questions hiển thị)</translation>
    </message>
    <message>
        <source>put questions under topic N (its number in list questions); a received question becomes classified</source>
        <translation>xếp ý kiến vào chủ đề N (số của chủ đề trong list questions); ý kiến mới nhận chuyển sang đã phân loại</translation>
    </message>
    <message>
        <source>put a reserve delegate of the same unit, or a new person arriving (--name), in the place of person ID, who becomes replaced; the substitute is invited if ID had been</source>
        <translation>đưa một đại biểu dự khuyết cùng đơn vị, hoặc một người mới đến (--name), vào chỗ của người ID, người này chuyển sang đã được thay; người thay được mời nếu người ID đã được mời</translation>
    </message>
    <message>
        <source>unit set, unit add: the contact person</source>
        <translation>unit set, unit add: người liên hệ</translation>
    </message>
    <message>
        <source>unit set, unit add: the unit&apos;s seat quota in the event (none: no quota)</source>
        <translation>unit set, unit add: chỉ tiêu chỗ ngồi của đơn vị trong hội nghị (none: không đặt chỉ tiêu)</translation>
    </message>
    <message>
        <source>unit add: the unit&apos;s part in the event: organiser, host, guest, participant (default) or press</source>
        <translation>unit add: vai trò của đơn vị trong hội nghị: organiser (đơn vị tổ chức), host (đơn vị đầu mối), guest (khách mời), participant (đơn vị tham dự, mặc định) hoặc press (báo chí)</translation>
    </message>
    <message>
        <source>event new: the organiser (Ban Thường vụ Tỉnh đoàn …)</source>
        <translation>event new: đơn vị tổ chức (Ban Thường vụ Tỉnh đoàn …)</translation>
    </message>
    <message>
        <source>question classify: the topic&apos;s number</source>
        <translation>question classify: số của chủ đề</translation>
    </message>
    <message>
        <source>Give the event a title: event new TITLE [--organiser TEXT].</source>
        <translation>Hãy đặt tên cho hội nghị: event new TÊN [--organiser VĂN_BẢN].</translation>
    </message>
    <message>
        <source>Created the event %1: %2.</source>
        <translation>Đã tạo hội nghị %1: %2.</translation>
    </message>
    <message>
        <source>Say the unit&apos;s name: unit add NAME [--kind KIND] [--part PART] [--quota SEATS] [--email ADDRESS] [--phone NUMBER] [--contact NAME].</source>
        <translation>Hãy nêu tên đơn vị: unit add TÊN [--kind LOẠI] [--part VAI_TRÒ] [--quota SỐ_CHỖ] [--email ĐỊA_CHỈ] [--phone SỐ] [--contact TÊN].</translation>
    </message>
    <message>
        <source>Unknown kind of unit “%1”; use one of: %2.</source>
        <translation>Không có loại đơn vị “%1”; hãy dùng một trong các loại: %2.</translation>
    </message>
    <message>
        <source>Unknown part in the event “%1”; use one of: %2.</source>
        <translation>Không có vai trò “%1” trong hội nghị; hãy dùng một trong các vai trò: %2.</translation>
    </message>
    <message>
        <source>The directory already has the unit “%1” (%2); change it with unit set.</source>
        <translation>Danh mục đã có đơn vị “%1” (%2); hãy sửa đơn vị đó bằng unit set.</translation>
    </message>
    <message>
        <source>Added unit %1: %2, %3 in the event.</source>
        <translation>Đã thêm đơn vị %1: %2, %3 trong hội nghị.</translation>
    </message>
    <message>
        <source>Give the topic: topic add TITLE.</source>
        <translation>Hãy nêu chủ đề: topic add TÊN_CHỦ_ĐỀ.</translation>
    </message>
    <message>
        <source>Topic %1: %2.</source>
        <translation>Chủ đề %1: %2.</translation>
    </message>
    <message>
        <source>Say which questions and the topic: question classify ID… --topic N.</source>
        <translation>Hãy nêu ý kiến nào và chủ đề nào: question classify ID… --topic N.</translation>
    </message>
    <message>
        <source>The event has no topic %1; add one with topic add TITLE.</source>
        <translation>Hội nghị không có chủ đề %1; hãy thêm bằng topic add TÊN_CHỦ_ĐỀ.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Không có gì cần thay đổi.</translation>
    </message>
    <message numerus="yes">
        <source>Classified %n question(s) under topic %1.</source>
        <translation>
            <numerusform>Đã xếp %n ý kiến vào chủ đề %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>attendee add takes no number: attendee add --name “FULL NAME” [--unit NAME] [--position TEXT] …</source>
        <translation>attendee add không nhận số: attendee add --name “HỌ VÀ TÊN” [--unit TÊN] [--position CHỨC VỤ] …</translation>
    </message>
    <message>
        <source>--gender takes male or female, not “%1”; nothing was added.</source>
        <translation>--gender nhận male (nam) hoặc female (nữ), không nhận “%1”; chưa thêm ai.</translation>
    </message>
    <message>
        <source>--role takes chair, co_chair, guest, delegate, press or staff, not “%1”; nothing was added.</source>
        <translation>--role nhận chair, co_chair, guest, delegate, press hoặc staff, không nhận “%1”; chưa thêm ai.</translation>
    </message>
    <message>
        <source>--birth-year “%1”: %2</source>
        <translation>--birth-year “%1”: %2</translation>
    </message>
    <message>
        <source>Say who: attendee remove ID... (the numbers from list attendees).</source>
        <translation>Hãy cho biết xóa ai: attendee remove ID... (số trong list attendees).</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Đã xóa: %1</translation>
    </message>
    <message>
        <source>add one person, as the Add… button of the attendees tab does (the full name is split into family, middle and given names); prints the new person&apos;s number</source>
        <translation>thêm một người, như nút Thêm… của thẻ đại biểu (họ và tên được tách thành họ, tên đệm và tên); in ra số của người mới</translation>
    </message>
    <message>
        <source>remove people (the numbers from list attendees), as one step; a substitute&apos;s link and a question&apos;s submitter come back with undo</source>
        <translation>xóa người (số trong list attendees), trong một bước; khi hoàn tác, liên kết người thay thế và người gửi câu hỏi được khôi phục</translation>
    </message>
    <message>
        <source>list attendees|questions|tasks: only this unit; import attendees, attendee add: the union that sends the people</source>
        <translation>list attendees|questions|tasks: chỉ đơn vị này; import attendees, attendee add: đơn vị gửi danh sách</translation>
    </message>
    <message>
        <source>print badges|place-cards|labels: only people of this role (chair, co_chair, guest, delegate, press, staff; chair and co_chair both take the CHỦ TRÌ band); attendee add: the person&apos;s role (default delegate)</source>
        <translation>print badges|place-cards|labels: chỉ những người có vai trò này (chair, co_chair, guest, delegate, press, staff; chair và co_chair đều thuộc dải CHỦ TRÌ); attendee add: vai trò của người đó (mặc định delegate)</translation>
    </message>
    <message>
        <source>unit set, unit add, attendee add: the e-mail address</source>
        <translation>unit set, unit add, attendee add: địa chỉ thư điện tử</translation>
    </message>
    <message>
        <source>unit set, unit add, attendee add, attendee substitute: the phone number</source>
        <translation>unit set, unit add, attendee add, attendee substitute: số điện thoại</translation>
    </message>
    <message>
        <source>attendee add: the person&apos;s full name; attendee substitute: the full name of the person arriving</source>
        <translation>attendee add: họ và tên của người đó; attendee substitute: họ và tên người đến thay</translation>
    </message>
    <message>
        <source>attendee add: the position (chức vụ)</source>
        <translation>attendee add: chức vụ</translation>
    </message>
    <message>
        <source>attendee add: where the person works (company, branch, chi hội)</source>
        <translation>attendee add: nơi công tác (công ty, chi nhánh, chi hội)</translation>
    </message>
    <message>
        <source>attendee add: the person&apos;s gender</source>
        <translation>attendee add: giới tính</translation>
    </message>
    <message>
        <source>attendee add: the year of birth (two digits are read as 19xx or 20xx, as in the window)</source>
        <translation>attendee add: năm sinh (hai chữ số được đọc là 19xx hoặc 20xx, như trong cửa sổ)</translation>
    </message>
    <message>
        <source>attendee set, attendee add: a reserve delegate (yes) or not (no)</source>
        <translation>attendee set, attendee add: là đại biểu dự khuyết (yes) hay không (no)</translation>
    </message>
    <message>
        <source>add a task to the overview&apos;s list, after the last one, with who does it (Phụ trách: a unit&apos;s name as the directory writes it, or any words) and when it is due; prints its number</source>
        <translation>thêm một công việc vào danh sách của trang tổng quan, sau công việc cuối cùng, kèm người phụ trách (tên đơn vị như danh mục ghi, hoặc ghi tự do) và hạn hoàn thành; in ra số thứ tự của công việc</translation>
    </message>
    <message>
        <source>change task N (its position in list tasks): its text, who does it, when it is due, whether it is done</source>
        <translation>sửa công việc N (số thứ tự trong list tasks): nội dung, người phụ trách, hạn hoàn thành, đã xong hay chưa</translation>
    </message>
    <message>
        <source>remove task N (its position in list tasks)</source>
        <translation>xóa công việc N (số thứ tự trong list tasks)</translation>
    </message>
    <message>
        <source>task add|set: who does the task (a unit&apos;s name as the directory writes it, or any words; none: nobody named)</source>
        <translation>task add|set: người phụ trách công việc (tên đơn vị như danh mục ghi, hoặc ghi tự do; none: không ghi)</translation>
    </message>
    <message>
        <source>task add|set: the day the task is due (none: no day)</source>
        <translation>task add|set: hạn hoàn thành công việc (none: không có hạn)</translation>
    </message>
    <message>
        <source>task set: done (yes) or not (no)</source>
        <translation>task set: đã xong (yes) hay chưa (no)</translation>
    </message>
    <message>
        <source>The task number “%1” is not a position (1, 2, …) of list tasks; nothing was changed.</source>
        <translation>Số công việc “%1” không phải là số thứ tự (1, 2, …) trong list tasks; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>No task has the number %1 (see list tasks); nothing was changed.</source>
        <translation>Không có công việc nào mang số %1 (xem list tasks); không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Say what is to be done, in quotes: task add “TEXT” [--owner TEXT] [--due YYYY-MM-DD].</source>
        <translation>Hãy ghi nội dung công việc trong dấu ngoặc kép: task add “NỘI DUNG” [--owner PHỤ TRÁCH] [--due YYYY-MM-DD].</translation>
    </message>
    <message>
        <source>Say which task: task set N [--text TEXT] [--owner TEXT|none] [--due YYYY-MM-DD|none] [--done yes|no]; N is its position in list tasks.</source>
        <translation>Hãy cho biết công việc nào: task set N [--text NỘI DUNG] [--owner PHỤ TRÁCH|none] [--due YYYY-MM-DD|none] [--done yes|no]; N là số thứ tự trong list tasks.</translation>
    </message>
    <message>
        <source>Say what to set: --text TEXT, --owner TEXT|none, --due YYYY-MM-DD|none or --done yes|no.</source>
        <translation>Hãy cho biết cần đặt gì: --text NỘI DUNG, --owner PHỤ TRÁCH|none, --due YYYY-MM-DD|none hoặc --done yes|no.</translation>
    </message>
    <message>
        <source>A task needs a text (task remove N takes it away).</source>
        <translation>Công việc phải có nội dung (muốn bỏ công việc thì dùng task remove N).</translation>
    </message>
    <message>
        <source>Say which task: task remove N (its position in list tasks).</source>
        <translation>Hãy cho biết công việc nào: task remove N (số thứ tự trong list tasks).</translation>
    </message>
    <message>
        <source>add a question by hand, as the Add… button of the questions tab does: received on --date (today when not given), from the unit and the person who sent it; prints its number</source>
        <translation>thêm một ý kiến nhập tay, như nút Thêm… của thẻ ý kiến: nhận ngày --date (hôm nay nếu không ghi), của đơn vị và người gửi; in ra số của ý kiến</translation>
    </message>
    <message>
        <source>print: the signing date (none: blank); event set: the day of the meeting; question forward: the day the questions are sent; question add: the day the question was received</source>
        <translation>print: ngày ký (none: để trống); event set: ngày tổ chức; question forward: ngày chuyển câu hỏi; question add: ngày nhận ý kiến</translation>
    </message>
    <message>
        <source>question answer: the answer; question note: the note; task set: what is to be done; question add: the question</source>
        <translation>question answer: nội dung trả lời; question note: nội dung ghi chú; task set: nội dung công việc; question add: nội dung ý kiến</translation>
    </message>
    <message>
        <source>unit add: provincial, district, affiliated, branch, guest_agency, press or other (default); question add: question (default), recommendation, proposal or initiative</source>
        <translation>unit add: provincial (cấp tỉnh), district (huyện, thị, thành đoàn), affiliated (đoàn trực thuộc), branch (chi đoàn, chi hội), guest_agency (cơ quan khách mời), press (báo chí) hoặc other (khác, mặc định); question add: question (câu hỏi, mặc định), recommendation (kiến nghị), proposal (đề xuất) hoặc initiative (sáng kiến)</translation>
    </message>
    <message>
        <source>question add: who sent the question (an attendee&apos;s full name links it to them)</source>
        <translation>question add: người gửi ý kiến (ghi đúng họ và tên một đại biểu thì ý kiến được gắn với đại biểu đó)</translation>
    </message>
    <message>
        <source>question add takes its text with --text: question add --text TEXT [--unit NAME] [--submitter NAME] [--kind KIND] [--date YYYY-MM-DD].</source>
        <translation>question add nhận nội dung qua --text: question add --text NỘI_DUNG [--unit ĐƠN_VỊ] [--submitter NGƯỜI_GỬI] [--kind LOẠI] [--date YYYY-MM-DD].</translation>
    </message>
    <message>
        <source>--kind takes question, recommendation, proposal or initiative, not “%1”; nothing was added.</source>
        <translation>--kind nhận question, recommendation, proposal hoặc initiative, không nhận “%1”; chưa thêm gì.</translation>
    </message>
    <message>
        <source>A question is received on a day: --date YYYY-MM-DD.</source>
        <translation>Ý kiến phải có ngày nhận: --date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--%1 takes yes or no, not “%2”.</source>
        <translation>--%1 nhận yes hoặc no, không nhận “%2”.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>add %1</source>
        <translation>thêm %1</translation>
    </message>
    <message numerus="yes">
        <source>add %n attendee(s)</source>
        <translation>
            <numerusform>thêm %n đại biểu</numerusform>
        </translation>
    </message>
    <message>
        <source>edit %1</source>
        <translation>sửa %1</translation>
    </message>
    <message numerus="yes">
        <source>edit %n attendee(s)</source>
        <translation>
            <numerusform>sửa %n đại biểu</numerusform>
        </translation>
    </message>
    <message>
        <source>delete %1</source>
        <translation>xóa %1</translation>
    </message>
    <message numerus="yes">
        <source>delete %n attendee(s)</source>
        <translation>
            <numerusform>xóa %n đại biểu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>add %n question(s)</source>
        <translation>
            <numerusform>thêm %n ý kiến</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>edit %n question(s)</source>
        <translation>
            <numerusform>sửa %n ý kiến</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>delete %n question(s)</source>
        <translation>
            <numerusform>xóa %n ý kiến</numerusform>
        </translation>
    </message>
    <message>
        <source>add programme item “%1”</source>
        <translation>thêm mục chương trình “%1”</translation>
    </message>
    <message>
        <source>edit programme item “%1”</source>
        <translation>sửa mục chương trình “%1”</translation>
    </message>
    <message numerus="yes">
        <source>delete %n programme item(s)</source>
        <translation>
            <numerusform>xóa %n mục chương trình</numerusform>
        </translation>
    </message>
    <message>
        <source>add a task</source>
        <translation>thêm nhiệm vụ</translation>
    </message>
    <message>
        <source>edit a task</source>
        <translation>sửa nhiệm vụ</translation>
    </message>
    <message numerus="yes">
        <source>delete %n task(s)</source>
        <translation>
            <numerusform>xóa %n nhiệm vụ</numerusform>
        </translation>
    </message>
    <message>
        <source>add a topic</source>
        <translation>thêm chủ đề</translation>
    </message>
    <message>
        <source>edit a topic</source>
        <translation>sửa chủ đề</translation>
    </message>
    <message>
        <source>delete a topic</source>
        <translation>xóa chủ đề</translation>
    </message>
    <message>
        <source>add unit %1</source>
        <translation>thêm đơn vị %1</translation>
    </message>
    <message>
        <source>edit unit %1</source>
        <translation>sửa đơn vị %1</translation>
    </message>
    <message>
        <source>The unit no longer exists.</source>
        <translation>Đơn vị này không còn tồn tại.</translation>
    </message>
    <message>
        <source>%1 is still used by people, questions, tasks, other units or other events. Move or delete those first.</source>
        <translation>%1 vẫn đang được dùng cho người tham dự, ý kiến, nhiệm vụ, đơn vị khác hoặc hội nghị khác. Hãy chuyển hoặc xóa các mục đó trước.</translation>
    </message>
    <message>
        <source>delete unit %1</source>
        <translation>xóa đơn vị %1</translation>
    </message>
    <message>
        <source>set the quota of %1 to %2</source>
        <translation>đặt chỉ tiêu của %1 là %2</translation>
    </message>
    <message>
        <source>edit the event</source>
        <translation>sửa thông tin hội nghị</translation>
    </message>
    <message>
        <source>switch to the online plan</source>
        <translation>chuyển sang phương án trực tuyến</translation>
    </message>
    <message>
        <source>switch to the in-person plan</source>
        <translation>chuyển sang phương án trực tiếp</translation>
    </message>
    <message>
        <source>edit the paper settings</source>
        <translation>sửa thiết lập giấy tờ</translation>
    </message>
    <message>
        <source>edit the online plan</source>
        <translation>sửa phương án trực tuyến</translation>
    </message>
    <message>
        <source>edit the in-person plan</source>
        <translation>sửa phương án trực tiếp</translation>
    </message>
    <message>
        <source>reorder the programme</source>
        <translation>sắp xếp lại chương trình</translation>
    </message>
    <message numerus="yes">
        <source>erase the personal data of %n people</source>
        <translation>
            <numerusform>xóa dữ liệu cá nhân của %n người</numerusform>
        </translation>
    </message>
    <message>
        <source>date the paper “%1”</source>
        <translation>đặt ngày ký cho văn bản “%1”</translation>
    </message>
    <message>
        <source>print the covering letter to the agency</source>
        <translation>in công văn chuyển câu hỏi đến cơ quan</translation>
    </message>
    <message>
        <source>add a budget line</source>
        <translation>thêm dòng kinh phí</translation>
    </message>
    <message>
        <source>There is no budget line %1.</source>
        <translation>Không có dòng kinh phí %1.</translation>
    </message>
    <message>
        <source>edit a budget line</source>
        <translation>sửa dòng kinh phí</translation>
    </message>
    <message numerus="yes">
        <source>delete %n budget line(s)</source>
        <translation>
            <numerusform>xóa %n dòng kinh phí</numerusform>
        </translation>
    </message>
    <message>
        <source>edit the report&apos;s assessment</source>
        <translation>sửa phần đánh giá của báo cáo</translation>
    </message>
    <message>
        <source>edit the report&apos;s proposals</source>
        <translation>sửa phần đề xuất của báo cáo</translation>
    </message>
    <message>
        <source>edit the report&apos;s assessment and proposals</source>
        <translation>sửa phần đánh giá và đề xuất của báo cáo</translation>
    </message>
    <message numerus="yes">
        <source>import %n question(s) from the mailbox</source>
        <translation>
            <numerusform>nhập %n câu hỏi từ hộp thư</numerusform>
        </translation>
    </message>
    <message>
        <source>move a topic</source>
        <translation>chuyển vị trí chủ đề</translation>
    </message>
    <message>
        <source>set the event</source>
        <translation>sửa thông tin sự kiện</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>The event has no online plan, so there is no notice to print.</source>
        <translation>Hội nghị không có phương án trực tuyến nên không có thông báo để in.</translation>
    </message>
    <message>
        <source>The printer or file could not be opened for drawing.</source>
        <translation>Không mở được máy in hoặc tệp để in.</translation>
    </message>
    <message>
        <source>The paper could not be finished on the printer or file.</source>
        <translation>Không in xong được giấy tờ ra máy in hoặc tệp.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder or file name.</source>
        <translation>Không ghi được %1: %2. Hãy chọn thư mục hoặc tên tệp khác.</translation>
    </message>
    <message>
        <source>There is nobody to write a personal letter to: letters go to named co-chairs, guests, delegates and press who have not declined, outside the organiser&apos;s own units. Add their names or choose other persons; units are invited with the unit letters.</source>
        <translation>Không có ai để gửi giấy mời đích danh: giấy mời gửi đến người đồng chủ trì, khách mời, đại biểu và phóng viên có tên, chưa từ chối, không thuộc các đơn vị của đơn vị tổ chức. Hãy nhập họ tên hoặc chọn người khác; các đơn vị được mời bằng giấy mời đơn vị.</translation>
    </message>
    <message>
        <source>No unit takes part in this event besides the organiser. Give the units their part (Edit ▸ Units) or choose a unit.</source>
        <translation>Ngoài đơn vị tổ chức, chưa có đơn vị nào tham gia sự kiện. Hãy đặt vai trò cho các đơn vị (Sửa ▸ Đơn vị) hoặc chọn một đơn vị.</translation>
    </message>
    <message>
        <source>Choose the agency the covering letter goes to.</source>
        <translation>Hãy chọn cơ quan nhận công văn.</translation>
    </message>
    <message>
        <source>No open question is forwarded to %1. Forward questions to it on the Questions tab first.</source>
        <translation>Chưa có câu hỏi nào đang mở được chuyển đến %1. Hãy chuyển câu hỏi cho cơ quan này ở thẻ Ý kiến trước.</translation>
    </message>
    <message>
        <source>The budget estimate has no line yet. Enter its lines on the Budget tab.</source>
        <translation>Dự trù kinh phí chưa có dòng nào. Hãy nhập các dòng ở thẻ Kinh phí.</translation>
    </message>
    <message>
        <source>Nobody to print for: badges, place cards and labels are for named people who have not declined (of the unit and role chosen).</source>
        <translation>Không có ai để in: thẻ đại biểu, bảng tên và nhãn phong bì dành cho người đã có tên và không từ chối (thuộc đơn vị và vai trò đã chọn).</translation>
    </message>
    <message>
        <source>Nobody is on the delegate list yet: add the people (import the lists the unions send) or choose another unit.</source>
        <translation>Danh sách đại biểu chưa có ai: hãy thêm người (nhập danh sách các đơn vị gửi) hoặc chọn đơn vị khác.</translation>
    </message>
    <message>
        <source>Nobody would sign this sheet: no one is on the list and no unit takes part besides the organiser. Add the people or give the units their part.</source>
        <translation>Danh sách ký tên không có ai để ký: chưa có người nào trong danh sách và ngoài đơn vị tổ chức chưa có đơn vị nào tham gia. Hãy thêm người hoặc phân vai cho các đơn vị.</translation>
    </message>
    <message>
        <source>The programme has no item for the plan in use yet. Enter its items on the Programme tab.</source>
        <translation>Chương trình chưa có mục nào cho phương án đang dùng. Hãy nhập các mục ở thẻ Chương trình.</translation>
    </message>
    <message>
        <source>There is no question to summarise yet (of the unit chosen). Import or enter the questions on the Questions tab.</source>
        <translation>Chưa có ý kiến nào để tổng hợp (của đơn vị đã chọn). Hãy nhập ý kiến ở thẻ Ý kiến.</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Plan 1: in person</source>
        <translation>Phương án 1: trực tiếp</translation>
    </message>
    <message>
        <source>Plan 2: online</source>
        <translation>Phương án 2: trực tuyến</translation>
    </message>
    <message>
        <source>Provincial union</source>
        <translation>Tỉnh đoàn</translation>
    </message>
    <message>
        <source>District/town/city union</source>
        <translation>Huyện, thị, thành đoàn</translation>
    </message>
    <message>
        <source>Directly affiliated union</source>
        <translation>Đoàn trực thuộc</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Chi đoàn, chi hội</translation>
    </message>
    <message>
        <source>Guest agency</source>
        <translation>Cơ quan khách mời</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Báo chí</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Đơn vị tổ chức</translation>
    </message>
    <message>
        <source>Host unit</source>
        <translation>Đơn vị đầu mối</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Khách mời</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Đơn vị tham dự</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Co-chair</source>
        <translation>Đồng chủ trì</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Phục vụ</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Đại biểu</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Đã mời</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Đã thay người</translation>
    </message>
    <message>
        <source>Not yet invited</source>
        <translation>Chưa mời</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Đề xuất</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Sáng kiến, hiến kế</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation>Nộp trực tiếp</translation>
    </message>
    <message>
        <source>Raised in the room</source>
        <translation>Phát biểu tại hội nghị</translation>
    </message>
    <message>
        <source>Livestream comment</source>
        <translation>Bình luận trên livestream</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Thư điện tử (email)</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Đã phân loại</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Đã chuyển</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Đã rút</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Đã gộp</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>In person only</source>
        <translation>Chỉ trực tiếp</translation>
    </message>
    <message>
        <source>Online only</source>
        <translation>Chỉ trực tuyến</translation>
    </message>
    <message>
        <source>Both plans</source>
        <translation>Cả hai phương án</translation>
    </message>
    <message>
        <source>Invitation letter (person)</source>
        <translation>Giấy mời (cá nhân)</translation>
    </message>
    <message>
        <source>Invitation letter (unit)</source>
        <translation>Giấy mời (đơn vị)</translation>
    </message>
    <message>
        <source>Delegate list</source>
        <translation>Danh sách đại biểu</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Danh sách ký tên</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Compiled questions</source>
        <translation>Tổng hợp ý kiến</translation>
    </message>
    <message>
        <source>Online notice</source>
        <translation>Thông báo theo dõi trực tuyến</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Covering letter to an agency</source>
        <translation>Công văn chuyển ý kiến đến cơ quan</translation>
    </message>
    <message>
        <source>Plan 1 only</source>
        <translation>Chỉ phương án 1</translation>
    </message>
    <message>
        <source>Plan 2 only</source>
        <translation>Chỉ phương án 2</translation>
    </message>
    <message>
        <source>Budget estimate</source>
        <translation>Dự trù kinh phí</translation>
    </message>
    <message>
        <source>Badges</source>
        <translation>Thẻ đại biểu</translation>
    </message>
    <message>
        <source>Place cards</source>
        <translation>Bảng tên đặt bàn</translation>
    </message>
    <message>
        <source>Envelope labels</source>
        <translation>Nhãn phong bì</translation>
    </message>
    <message>
        <source>Results report</source>
        <translation>Báo cáo kết quả</translation>
    </message>
    <message>
        <source> (reserve)</source>
        <translation> (dự khuyết)</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cannot create the workbook “%1”. Check that the folder can be written.</source>
        <translation>Không tạo được bảng tính “%1”. Hãy kiểm tra thư mục có cho phép ghi không.</translation>
    </message>
    <message>
        <source>Cannot save “%1”: the folder “%2” cannot be written. Choose another folder, such as Documents.</source>
        <translation>Không lưu được “%1”: không ghi được vào thư mục “%2”. Hãy chọn thư mục khác, ví dụ Documents (Tài liệu).</translation>
    </message>
    <message>
        <source>Cannot write the workbook “%1”: %2</source>
        <translation>Không ghi được bảng tính “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot save the workbook “%1”: %2</source>
        <translation>Không lưu được bảng tính “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot write the CSV file: it is not open for writing.</source>
        <translation>Không ghi được tệp CSV: tệp chưa được mở để ghi.</translation>
    </message>
    <message>
        <source>Cannot write the CSV file: %1. Check that the disk is not full and that the file is not open in another program.</source>
        <translation>Không ghi được tệp CSV: %1. Hãy kiểm tra ổ đĩa còn chỗ trống và tệp không đang mở trong chương trình khác.</translation>
    </message>
    <message>
        <source>The table “%1” has more rows than Excel allows (%2). Export it as CSV instead.</source>
        <translation>Bảng “%1” có nhiều dòng hơn mức Excel cho phép (%2). Hãy xuất bảng này ra tệp CSV.</translation>
    </message>
    <message>
        <source>The table “%1” has more columns than Excel allows (%2).</source>
        <translation>Bảng “%1” có nhiều cột hơn mức Excel cho phép (%2).</translation>
    </message>
    <message>
        <source>Cannot save “%1”: the folder “%2” does not exist.</source>
        <translation>Không lưu được “%1”: thư mục “%2” không tồn tại.</translation>
    </message>
    <message>
        <source>Cannot save “%1”: a folder has that name.</source>
        <translation>Không lưu được “%1”: đã có một thư mục trùng tên.</translation>
    </message>
    <message>
        <source>Cannot replace “%1”: the file is open in another program (such as Excel) or is read-only. Close it and export again, or choose another name.</source>
        <translation>Không thay thế được “%1”: tệp đang mở trong chương trình khác (như Excel) hoặc là tệp chỉ đọc. Hãy đóng tệp rồi xuất lại, hoặc chọn tên khác.</translation>
    </message>
    <message>
        <source>Cannot replace “%1”: the file is open in Excel. Close it and export again, or choose another name.</source>
        <translation>Không thay thế được “%1”: tệp đang mở trong Excel. Hãy đóng tệp rồi xuất lại, hoặc chọn tên khác.</translation>
    </message>
    <message>
        <source>Cannot replace “%1”: %2. Close any program that has the file open and export again, or choose another name.</source>
        <translation>Không thay thế được “%1”: %2. Hãy đóng chương trình đang mở tệp này rồi xuất lại, hoặc chọn tên khác.</translation>
    </message>
    <message>
        <source>Cannot write the workbook: it is not open for writing.</source>
        <translation>Không ghi được bảng tính: bảng tính chưa được mở để ghi.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the workbook: %1</source>
        <translation>Không tạo được thư mục tạm cho bảng tính: %1</translation>
    </message>
    <message>
        <source>Cannot read back the workbook: %1</source>
        <translation>Không đọc lại được bảng tính: %1</translation>
    </message>
    <message>
        <source>Cannot write the workbook: %1</source>
        <translation>Không ghi được bảng tính: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the list of attendees: %1</source>
        <translation>Không đọc được danh sách đại biểu: %1</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The e-mail</source>
        <translation>Thư điện tử</translation>
    </message>
    <message>
        <source>The file “%1”</source>
        <translation>Tệp “%1”</translation>
    </message>
    <message>
        <source>%1 is an Outlook .msg file, not an e-mail saved as .eml. In Outlook, open the message and use File › Save As with the type “Outlook Message Format – Unicode” changed to .eml, or forward it to a Gmail or Thunderbird account and save it from there.</source>
        <translation>%1 là tệp .msg của Outlook, không phải thư được lưu dưới dạng .eml. Trong Outlook, hãy mở thư, dùng File › Save As và đổi kiểu “Outlook Message Format – Unicode” thành .eml, hoặc chuyển tiếp thư sang tài khoản Gmail hay Thunderbird rồi lưu thư từ đó.</translation>
    </message>
    <message>
        <source>%1 is not an e-mail: it does not start with mail headers (From, Subject, Date). Save the message from your mail program as an .eml file and choose that file.</source>
        <translation>%1 không phải là thư điện tử: không bắt đầu bằng phần đầu thư (From, Subject, Date). Hãy lưu thư từ chương trình email thành tệp .eml rồi chọn tệp đó.</translation>
    </message>
    <message>
        <source>%1 is not an e-mail that can be read: its structure is damaged. Save the message again from your mail program.</source>
        <translation>%1 không đọc được: cấu trúc thư bị hỏng. Hãy lưu lại thư từ chương trình email.</translation>
    </message>
    <message>
        <source>%1 has no sender address (From), so the sending unit cannot be recognised. Ask the unit to send it again, or copy its text and add the questions by hand.</source>
        <translation>%1 không có địa chỉ người gửi (From) nên không nhận ra được đơn vị gửi. Hãy đề nghị đơn vị gửi lại, hoặc sao chép nội dung và nhập ý kiến bằng tay.</translation>
    </message>
    <message>
        <source>%1 has no text, only attached files (%2). The questions are probably in the attachment: save it and import it, or copy its text into a new question.</source>
        <translation>%1 không có nội dung, chỉ có tệp đính kèm (%2). Các ý kiến có lẽ nằm trong tệp đính kèm: hãy lưu tệp đó rồi nhập, hoặc sao chép nội dung của tệp vào một ý kiến mới.</translation>
    </message>
    <message>
        <source>%1 has no text to read as questions. Check that the right message was saved, or ask the unit to send the questions again.</source>
        <translation>%1 không có nội dung nào đọc được thành ý kiến. Hãy kiểm tra đã lưu đúng thư chưa, hoặc đề nghị đơn vị gửi lại ý kiến.</translation>
    </message>
    <message>
        <source>The file “%1” is not a spreadsheet that DialogueDesk can read (it is neither CSV, XLSX, ODS nor XLS). Open it in Excel or LibreOffice and save it as XLSX or CSV.</source>
        <translation>Tệp “%1” không phải bảng tính mà DialogueDesk đọc được (không phải CSV, XLSX, ODS hay XLS). Hãy mở tệp bằng Excel hoặc LibreOffice và lưu dưới dạng XLSX hoặc CSV.</translation>
    </message>
    <message>
        <source>Could not write a temporary file to read the Excel workbook (%1). Check the free disk space.</source>
        <translation>Không ghi được tệp tạm để đọc bảng tính Excel (%1). Hãy kiểm tra dung lượng trống của ổ đĩa.</translation>
    </message>
    <message>
        <source>The file “%1” is empty. Check that you chose the right file and that it was saved completely.</source>
        <translation>Tệp “%1” không có dữ liệu. Hãy kiểm tra xem đã chọn đúng tệp chưa và tệp đã được lưu đầy đủ chưa.</translation>
    </message>
    <message>
        <source>The file “%1” is a web page or XML document, not a spreadsheet, although its name says so. Open it in Excel or LibreOffice, save it as XLSX and import that file.</source>
        <translation>Tệp “%1” là trang web hoặc tài liệu XML chứ không phải bảng tính, dù tên tệp cho thấy là bảng tính. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu dưới dạng XLSX rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>the end of the zip archive is missing (the file was cut short).</source>
        <translation>thiếu phần cuối của tệp nén zip (tệp bị cắt cụt).</translation>
    </message>
    <message>
        <source>the zip directory is broken.</source>
        <translation>danh mục của tệp nén zip bị hỏng.</translation>
    </message>
    <message>
        <source>the part “%1” is missing.</source>
        <translation>thiếu phần “%1”.</translation>
    </message>
    <message>
        <source>the part “%1” is broken.</source>
        <translation>phần “%1” bị hỏng.</translation>
    </message>
    <message>
        <source>the part “%1” is compressed with an unknown method.</source>
        <translation>phần “%1” được nén bằng phương pháp không xác định.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <source>No. (STT)</source>
        <translation>Số thứ tự (STT)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Họ</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Tên đệm</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Family and middle name</source>
        <translation>Họ và tên đệm</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Birth year or date</source>
        <translation>Năm sinh hoặc ngày sinh</translation>
    </message>
    <message>
        <source>Male (year or X)</source>
        <translation>Nam (năm sinh hoặc X)</translation>
    </message>
    <message>
        <source>Female (year or X)</source>
        <translation>Nữ (năm sinh hoặc X)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Position, unit</source>
        <translation>Chức vụ, đơn vị</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Update existing</source>
        <translation>Cập nhật người đã có</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Giữ cả hai</translation>
    </message>
    <message>
        <source>The name is missing: the row is not imported.</source>
        <translation>Thiếu họ tên: dòng này không được nhập.</translation>
    </message>
    <message>
        <source>The gender “%1” is not understood (Nam or Nữ).</source>
        <translation>Không hiểu giới tính “%1” (ghi Nam hoặc Nữ).</translation>
    </message>
    <message>
        <source>The birth year “%1” is not understood.</source>
        <translation>Không hiểu năm sinh “%1”.</translation>
    </message>
    <message>
        <source>The birth year %1 is not possible.</source>
        <translation>Năm sinh %1 không hợp lệ.</translation>
    </message>
    <message>
        <source>The unit “%1” is not in the directory.</source>
        <translation>Đơn vị “%1” chưa có trong danh mục.</translation>
    </message>
    <message>
        <source>The phone number “%1” does not have 10 digits.</source>
        <translation>Số điện thoại “%1” không đủ 10 chữ số.</translation>
    </message>
    <message>
        <source>The role “%1” is not understood; the person is a delegate.</source>
        <translation>Không hiểu thành phần “%1”; người này được coi là đại biểu.</translation>
    </message>
    <message>
        <source>%1 is already in the event with the same details.</source>
        <translation>%1 đã có trong hội nghị với thông tin giống hệt.</translation>
    </message>
    <message>
        <source>%1 is already in the event (same name and %2).</source>
        <translation>%1 đã có trong hội nghị (trùng tên và %2).</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>số điện thoại</translation>
    </message>
    <message>
        <source>The same person as row %1 of the file.</source>
        <translation>Trùng người ở dòng %1 của tệp.</translation>
    </message>
    <message numerus="yes">
        <source>import %n attendee(s)</source>
        <translation>
            <numerusform>nhập %n đại biểu</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the file can be imported.</source>
        <translation>Không có dữ liệu nào trong tệp nhập được.</translation>
    </message>
    <message>
        <source>The file is open read-only; nothing was imported.</source>
        <translation>Tệp dữ liệu đang mở ở chế độ chỉ đọc; không nhập gì cả.</translation>
    </message>
    <message>
        <source>Workplace (company, branch)</source>
        <translation>Nơi công tác (công ty, chi đoàn)</translation>
    </message>
    <message>
        <source>birth year %1/%2</source>
        <translation>năm sinh %1/%2</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>giới tính</translation>
    </message>
    <message>
        <source>Already in the list of %1.</source>
        <translation>Đã có trong danh sách của %1.</translation>
    </message>
    <message>
        <source>Possibly the same person as %1, already in the event (%2 differs); imported as another person.</source>
        <translation>Có thể trùng với %1 đã có trong hội nghị (khác %2); vẫn nhập là người khác.</translation>
    </message>
    <message>
        <source>Possibly the same person as row %1 of the file (%2 differs); imported as another person.</source>
        <translation>Có thể trùng với người ở dòng %1 của tệp (khác %2); vẫn nhập là người khác.</translation>
    </message>
    <message>
        <source>Move to this unit</source>
        <translation>Chuyển sang đơn vị này</translation>
    </message>
    <message>
        <source>“%1” holds %L2 characters, more than the %L3 it may have: the row is not imported.</source>
        <translation>“%1” có %L2 ký tự, nhiều hơn mức tối đa %L3 ký tự: dòng này không được nhập.</translation>
    </message>
    <message>
        <source>The name “%1” begins with %2, as a formula does: the row is not imported.</source>
        <translation>Họ tên “%1” bắt đầu bằng %2 giống như một công thức: dòng này không được nhập.</translation>
    </message>
    <message>
        <source>The name “%1” holds characters that are not text (control characters or characters that could not be read): the row is not imported.</source>
        <translation>Họ tên “%1” có ký tự không phải chữ (ký tự điều khiển hoặc ký tự không đọc được): dòng này không được nhập.</translation>
    </message>
    <message>
        <source>The name “%1” holds digits: the row is not imported.</source>
        <translation>Họ tên “%1” có chữ số: dòng này không được nhập.</translation>
    </message>
    <message>
        <source>The name “%1” holds no letter: the row is not imported.</source>
        <translation>Họ tên “%1” không có chữ cái nào: dòng này không được nhập.</translation>
    </message>
    <message>
        <source>%1 is not readable as %2: %3. If you know which encoding it was saved in, choose it (--encoding utf-8|utf-16|windows-1258|tcvn3 on the command line, the Encoding list in the import window).</source>
        <translation>%1 không đọc được theo bảng mã %2: %3. Nếu biết tệp được lưu bằng bảng mã nào, hãy chọn bảng mã đó (--encoding utf-8|utf-16|windows-1258|tcvn3 khi dùng dòng lệnh, danh sách Bảng mã trong cửa sổ nhập).</translation>
    </message>
    <message>
        <source>%1 is not a text (CSV) file: it contains binary data. If it is a spreadsheet, save it as XLSX, ODS or CSV and import that file.</source>
        <translation>%1 không phải tệp văn bản (CSV): tệp chứa dữ liệu nhị phân. Nếu đó là bảng tính, hãy lưu thành XLSX, ODS hoặc CSV rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>its length is an odd number of bytes (one is missing, or it is not UTF-16 at all)</source>
        <translation>độ dài của tệp là một số byte lẻ (thiếu một byte, hoặc tệp hoàn toàn không phải UTF-16)</translation>
    </message>
    <message>
        <source>line %1 holds a character that is not text (U+%2)</source>
        <translation>dòng %1 có một ký tự không phải chữ (U+%2)</translation>
    </message>
    <message>
        <source>%1, row %2: a quotation mark opens a field that is never closed, so the rest of the file would be one cell. Add the missing quotation mark (&quot;) or remove the stray one, and try again.</source>
        <translation>%1, dòng %2: một dấu ngoặc kép mở một ô nhưng không bao giờ đóng lại, nên toàn bộ phần còn lại của tệp sẽ thành một ô. Hãy thêm dấu ngoặc kép (&quot;) còn thiếu hoặc xóa dấu thừa, rồi thử lại.</translation>
    </message>
    <message>
        <source>%1, row %2: a quotation mark opens a field that runs over more than %3 lines; its closing quotation mark is surely missing. Add it (&quot;) or remove the stray one, and try again.</source>
        <translation>%1, dòng %2: một dấu ngoặc kép mở một ô kéo dài hơn %3 dòng; chắc chắn đã thiếu dấu ngoặc kép đóng. Hãy thêm dấu đó (&quot;) hoặc xóa dấu thừa, rồi thử lại.</translation>
    </message>
    <message>
        <source>%1 is built of more parts than an e-mail holds (over %2, or nested more than %3 deep), and was not read. Forward the questions in a plain message, or copy their text into new questions.</source>
        <translation>%1 gồm nhiều phần hơn một thư điện tử có thể có (hơn %2 phần, hoặc lồng nhau sâu hơn %3 cấp) nên không được đọc. Hãy gửi lại các ý kiến trong một thư văn bản thường, hoặc chép nội dung thành các ý kiến mới.</translation>
    </message>
    <message>
        <source>the part “%1” is not valid XML (%2, line %3).</source>
        <translation>phần “%1” không phải XML hợp lệ (%2, dòng %3).</translation>
    </message>
    <message>
        <source>it has no content.xml, so it is not a complete ODS spreadsheet.</source>
        <translation>không có content.xml nên không phải bảng tính ODS hoàn chỉnh.</translation>
    </message>
    <message>
        <source>%1 cannot read it (%2).</source>
        <translation>%1 không đọc được tệp (%2).</translation>
    </message>
    <message>
        <source>The sheet “%2” of the file “%1”</source>
        <translation>Trang tính “%2” của tệp “%1”</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Tệp “%1” không tồn tại.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file. Choose the file inside it.</source>
        <translation>“%1” là thư mục, không phải tệp. Hãy chọn tệp nằm trong thư mục đó.</translation>
    </message>
    <message>
        <source>“%1” is not an ordinary file (it is a device, a pipe or a socket) and was not read. Choose a file saved on the disk.</source>
        <translation>“%1” không phải tệp thông thường (mà là thiết bị, đường ống hoặc socket) nên không được đọc. Hãy chọn một tệp được lưu trên ổ đĩa.</translation>
    </message>
    <message>
        <source>The file “%1” is larger than %2 MB, far larger than a list of delegates or questions. Check that you chose the right file.</source>
        <translation>Tệp “%1” lớn hơn %2 MB, lớn hơn rất nhiều so với một danh sách đại biểu hay ý kiến. Hãy kiểm tra xem đã chọn đúng tệp chưa.</translation>
    </message>
    <message>
        <source>Could not read the file “%1”: %2.</source>
        <translation>Không đọc được tệp “%1”: %2.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 Open it in Excel or LibreOffice, save it again and import the new file.</source>
        <translation>%1 bị hỏng: %2 Hãy mở tệp bằng Excel hoặc LibreOffice, lưu lại rồi nhập tệp mới.</translation>
    </message>
    <message>
        <source>%1, row %2: a cell lies in column %L3 (%4), beyond the %L5 columns a list can have. Delete the columns that are not part of the list, or copy the list into a new file, and try again.</source>
        <translation>%1, dòng %2: có một ô nằm ở cột %L3 (%4), vượt quá %L5 cột mà một danh sách có thể có. Hãy xóa các cột không thuộc danh sách, hoặc chép danh sách sang một tệp mới, rồi thử lại.</translation>
    </message>
    <message>
        <source>%1 has more than %L2 rows, more than a spreadsheet can hold. Delete the rows that are not part of the list, or copy the list into a new file, and try again.</source>
        <translation>%1 có hơn %L2 dòng, nhiều hơn số dòng một bảng tính có thể chứa. Hãy xóa các dòng không thuộc danh sách, hoặc chép danh sách sang một tệp mới, rồi thử lại.</translation>
    </message>
    <message>
        <source>%1 holds more than %L2 cells, far more than a list of delegates or questions. Delete the rows and columns that are not part of the list, or copy the list into a new file, and try again.</source>
        <translation>%1 có hơn %L2 ô, nhiều hơn rất nhiều so với một danh sách đại biểu hay ý kiến. Hãy xóa các dòng và cột không thuộc danh sách, hoặc chép danh sách sang một tệp mới, rồi thử lại.</translation>
    </message>
    <message>
        <source>cell %1 of the sheet “%2” refers to text number %3, but the file holds %L4.</source>
        <translation>ô %1 của trang tính “%2” trỏ tới chuỗi văn bản số %3, nhưng tệp chỉ có %L4 chuỗi.</translation>
    </message>
    <message>
        <source>cell %1 of the sheet “%2” has style number %3, but the file defines %L4.</source>
        <translation>ô %1 của trang tính “%2” dùng định dạng số %3, nhưng tệp chỉ có %L4 định dạng.</translation>
    </message>
    <message>
        <source>%1 holds no sheet with data. Check that you chose the right file.</source>
        <translation>%1 không có trang tính nào chứa dữ liệu. Hãy kiểm tra xem đã chọn đúng tệp chưa.</translation>
    </message>
    <message>
        <source>%1 is protected with a password. Open it in Excel, save a copy without a password (File ▸ Info ▸ Protect Workbook ▸ Encrypt with Password, then clear the password) and import that copy.</source>
        <translation>%1 được bảo vệ bằng mật khẩu. Hãy mở tệp bằng Excel, lưu một bản sao không có mật khẩu (File ▸ Info ▸ Protect Workbook ▸ Encrypt with Password, rồi xóa mật khẩu) và nhập bản sao đó.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read as an Excel 97-2003 workbook: %2. Open it in Excel or LibreOffice, save it as XLSX and import that file.</source>
        <translation>Tệp “%1” không đọc được như một sổ tính Excel 97-2003: %2. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu thành XLSX rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>The file “%1” is an Office document but holds no Excel workbook. Check that you chose the right file, or save it from Excel as XLSX.</source>
        <translation>Tệp “%1” là tài liệu Office nhưng không chứa sổ tính Excel. Hãy kiểm tra xem đã chọn đúng tệp chưa, hoặc dùng Excel lưu tệp thành XLSX.</translation>
    </message>
    <message>
        <source>it declares sheets far larger than a list</source>
        <translation>tệp khai báo các trang tính lớn hơn rất nhiều so với một danh sách</translation>
    </message>
    <message>
        <source>it is damaged (error %1)</source>
        <translation>tệp bị hỏng (lỗi %1)</translation>
    </message>
    <message>
        <source>it is damaged (the reader stopped on it)</source>
        <translation>tệp bị hỏng (chương trình đọc tệp đã dừng giữa chừng)</translation>
    </message>
    <message>
        <source>The file “%1” is protected with a password. Open it in Excel or LibreOffice, save a copy without a password and import that copy.</source>
        <translation>Tệp “%1” được bảo vệ bằng mật khẩu. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu một bản không có mật khẩu rồi nhập bản đó.</translation>
    </message>
    <message>
        <source>reading it took more than %1 seconds</source>
        <translation>việc đọc tệp mất hơn %1 giây</translation>
    </message>
    <message>
        <source>the program that reads such files (%1) could not be started; it belongs beside DialogueDesk</source>
        <translation>không khởi động được chương trình đọc loại tệp này (%1); chương trình đó phải nằm cùng thư mục với DialogueDesk</translation>
    </message>
    <message>
        <source>the sheet “%1” names a cell “%2”, which does not exist.</source>
        <translation>trang tính “%1” ghi một ô “%2” không tồn tại.</translation>
    </message>
    <message>
        <source>it has no package relationships (_rels/.rels), so it is not a complete XLSX workbook.</source>
        <translation>thiếu phần liên kết của gói (_rels/.rels) nên không phải bảng tính XLSX hoàn chỉnh.</translation>
    </message>
    <message>
        <source>the workbook part is missing.</source>
        <translation>thiếu phần sổ tính (workbook).</translation>
    </message>
    <message>
        <source>%1 is protected with a password. Open it in Excel or LibreOffice, save a copy without a password and import that copy.</source>
        <translation>%1 được bảo vệ bằng mật khẩu. Hãy mở tệp bằng Excel hoặc LibreOffice, lưu một bản không có mật khẩu rồi nhập bản đó.</translation>
    </message>
    <message>
        <source>it is one part of a zip archive split in several.</source>
        <translation>tệp chỉ là một phần của một tệp nén zip bị chia thành nhiều phần.</translation>
    </message>
    <message>
        <source>it holds %L1 parts, far more than any spreadsheet.</source>
        <translation>tệp chứa %L1 phần, nhiều hơn rất nhiều so với bất kỳ bảng tính nào.</translation>
    </message>
    <message>
        <source>%1 unpacks to more than %2 MB, more than can be read safely; it was not imported. If it is a list you exported, export it as CSV (or one unit at a time) and import that; otherwise split it into smaller files, or save it as CSV in Excel or LibreOffice and import the CSV.</source>
        <translation>%1 khi giải nén lớn hơn %2 MB, vượt quá mức có thể đọc an toàn; tệp chưa được nhập. Nếu đây là danh sách bạn đã xuất, hãy xuất lại dưới dạng CSV (hoặc từng đơn vị một) rồi nhập tệp đó; nếu không, hãy chia tệp thành các tệp nhỏ hơn, hoặc lưu thành CSV trong Excel hay LibreOffice rồi nhập tệp CSV.</translation>
    </message>
    <message>
        <source>Warning: %1 unpacks to %2 MB, more than the %3 MB an import reads, so importing it into an event will be refused. To move this list to another event, export it as CSV (or one unit at a time) instead.</source>
        <translation>Cảnh báo: %1 khi giải nén là %2 MB, vượt quá mức %3 MB mà chức năng nhập đọc được, nên nhập tệp này vào một sự kiện sẽ bị từ chối. Để chuyển danh sách này sang sự kiện khác, hãy xuất dưới dạng CSV (hoặc từng đơn vị một).</translation>
    </message>
    <message>
        <source>The e-mail address “%1” does not look right; it is kept in the note.</source>
        <translation>Địa chỉ e-mail “%1” có vẻ không đúng; địa chỉ được giữ lại trong ghi chú.</translation>
    </message>
    <message>
        <source>Replaces %1 of %2, who is still in the list: set their invitation to “Replaced” so that the union&apos;s quota does not count them twice.</source>
        <translation>Người này thay thế %1 của %2, người vẫn còn trong danh sách: hãy đặt tình trạng mời của người đó là “Đã thay người” để chỉ tiêu của đơn vị không tính hai lần.</translation>
    </message>
    <message numerus="yes">
        <source>import %n question(s)</source>
        <translation>
            <numerusform>nhập %n ý kiến</numerusform>
        </translation>
    </message>
    <message>
        <source>DialogueDesk cannot see which rows an Excel 97–2003 file (.xls) hides: every row is read. If the list hides rows (people struck off, an earlier version), open it in Excel and save it as .xlsx, then import that file.</source>
        <translation>DialogueDesk không biết được hàng nào bị ẩn trong tệp Excel 97–2003 (.xls): mọi hàng đều được đọc. Nếu danh sách có hàng bị ẩn (người đã gạch tên, bản cũ), hãy mở tệp bằng Excel, lưu thành .xlsx rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>Column %1 (“%2”) is hidden in the file and was not read: column %3 is read as %4.</source>
        <translation>Cột %1 (“%2”) bị ẩn trong tệp nên không được đọc: cột %3 được đọc là %4.</translation>
    </message>
    <message>
        <source>Column %1 (“%2”) is hidden in the file and was not read.</source>
        <translation>Cột %1 (“%2”) bị ẩn trong tệp nên không được đọc.</translation>
    </message>
    <message>
        <source>Row hidden in the file</source>
        <translation>Hàng bị ẩn trong tệp</translation>
    </message>
</context>
<context>
    <name>InputRules</name>
    <message>
        <source>A birth year has four digits, from %1 to %2.</source>
        <translation>Năm sinh gồm bốn chữ số, từ %1 đến %2.</translation>
    </message>
    <message>
        <source>Two digits do not tell the century here: type four, from %1 to %2.</source>
        <translation>Hai chữ số ở đây chưa rõ là năm nào: hãy gõ đủ bốn chữ số, từ %1 đến %2.</translation>
    </message>
    <message>
        <source>read as %1</source>
        <translation>hiểu là %1</translation>
    </message>
    <message>
        <source>“%1” is not a quantity: %2</source>
        <translation>“%1” không phải là số lượng: %2</translation>
    </message>
    <message>
        <source>type a number such as 2 or 1,5.</source>
        <translation>hãy gõ một số như 2 hoặc 1,5.</translation>
    </message>
    <message>
        <source>a quantity cannot be negative.</source>
        <translation>số lượng không được âm.</translation>
    </message>
    <message>
        <source>it has more than one decimal comma (write one and a half as 1,5).</source>
        <translation>có nhiều hơn một dấu phẩy thập phân (một rưỡi viết là 1,5).</translation>
    </message>
    <message>
        <source>only digits and one decimal comma, such as 2 or 1,5.</source>
        <translation>chỉ gồm chữ số và một dấu phẩy thập phân, như 2 hoặc 1,5.</translation>
    </message>
    <message>
        <source>dots only go between groups of three digits, as in 1.500,5.</source>
        <translation>dấu chấm chỉ đặt giữa các nhóm ba chữ số, như 1.500,5.</translation>
    </message>
    <message>
        <source>at most three decimals (thousandths of the unit) are kept.</source>
        <translation>chỉ được tối đa ba chữ số thập phân (phần nghìn của đơn vị).</translation>
    </message>
    <message>
        <source>it is too large.</source>
        <translation>số quá lớn.</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>The password could not be kept in the system keychain: %1</source>
        <translation>Không lưu được mật khẩu vào kho khóa của hệ thống: %1</translation>
    </message>
    <message>
        <source>The mail server %1 (port %2) cannot be reached: check the address, the port and the connection.</source>
        <translation>Không kết nối được máy chủ thư %1 (cổng %2): hãy kiểm tra địa chỉ, cổng và kết nối mạng.</translation>
    </message>
    <message>
        <source>The mail server %1 refused the user name or the password of %2. For Gmail, use an app password (see the README).</source>
        <translation>Máy chủ thư %1 từ chối tên đăng nhập hoặc mật khẩu của %2. Với Gmail, hãy dùng mật khẩu ứng dụng (xem README).</translation>
    </message>
    <message>
        <source>The certificate of the mail server %1 is not valid or belongs to another server, so nothing was sent or read (%2).</source>
        <translation>Chứng chỉ của máy chủ thư %1 không hợp lệ hoặc thuộc về máy chủ khác, nên không gửi hay đọc gì (%2).</translation>
    </message>
    <message>
        <source>The mail server %1 does not offer an encrypted connection (STARTTLS); nothing was sent or read.</source>
        <translation>Máy chủ thư %1 không hỗ trợ kết nối mã hóa (STARTTLS); không gửi hay đọc gì.</translation>
    </message>
    <message>
        <source>The message is larger than 25 MB.</source>
        <translation>Thư lớn hơn 25 MB.</translation>
    </message>
    <message>
        <source>The mail server %1 answered: %2</source>
        <translation>Máy chủ thư %1 trả lời: %2</translation>
    </message>
    <message>
        <source>The mail library could not start.</source>
        <translation>Không khởi động được thư viện thư điện tử.</translation>
    </message>
    <message>
        <source>The mail server %1 refused the message: %2</source>
        <translation>Máy chủ thư %1 từ chối thư: %2</translation>
    </message>
    <message>
        <source>The mailbox %1 on %2 has no folder or label “%3”.</source>
        <translation>Hộp thư %1 trên %2 không có thư mục hay nhãn “%3”.</translation>
    </message>
    <message>
        <source>The mail server %1 did not say which messages the folder “%2” holds.</source>
        <translation>Máy chủ thư %1 không cho biết thư mục “%2” có những thư nào.</translation>
    </message>
    <message>
        <source>The message is %1 MB, more than the 25 MB a message may have; it was not read.</source>
        <translation>Thư nặng %1 MB, vượt quá giới hạn 25 MB cho một thư; thư không được đọc.</translation>
    </message>
    <message>
        <source>The message is more than the 25 MB a message may have; it was not read.</source>
        <translation>Thư vượt quá giới hạn 25 MB cho một thư; thư không được đọc.</translation>
    </message>
    <message>
        <source>“%1” is not a mail server address: write %2://HOST:PORT or %3://HOST:PORT.</source>
        <translation>“%1” không phải là địa chỉ máy chủ thư: hãy viết %2://MÁY_CHỦ:CỔNG hoặc %3://MÁY_CHỦ:CỔNG.</translation>
    </message>
    <message>
        <source>“%1” names no server.</source>
        <translation>“%1” không nêu máy chủ nào.</translation>
    </message>
    <message>
        <source>message %1 of %2</source>
        <translation>thư %1 trong %2</translation>
    </message>
    <message>
        <source>e-mail “%1”</source>
        <translation>thư “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) added</source>
        <translation>
            <numerusform>đã thêm %n câu hỏi</numerusform>
        </translation>
    </message>
    <message>
        <source>already recorded</source>
        <translation>đã ghi nhận trước đó</translation>
    </message>
    <message>
        <source>Only the unit invitations, the forwarding letters and the online notice are sent by e-mail.</source>
        <translation>Chỉ giấy mời đơn vị, công văn chuyển câu hỏi và thông báo trực tuyến được gửi qua thư điện tử.</translation>
    </message>
    <message>
        <source>No event is open.</source>
        <translation>Chưa mở sự kiện nào.</translation>
    </message>
    <message>
        <source>The paper is not for %1.</source>
        <translation>Văn bản này không gửi cho %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>No temporary folder for the PDFs.</source>
        <translation>Không có thư mục tạm cho các tệp PDF.</translation>
    </message>
    <message>
        <source>%1: no e-mail address</source>
        <translation>%1: chưa có địa chỉ thư điện tử</translation>
    </message>
    <message>
        <source>%1: already sent on %2 to %3</source>
        <translation>%1: đã gửi lúc %2 đến %3</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <source>No mail server is set: fill Edit ▸ Preferences ▸ E-mail, or give --server imaps://HOST/FOLDER --user NAME.</source>
        <translation>Chưa đặt máy chủ thư: hãy điền ở Sửa ▸ Tùy chọn ▸ Thư điện tử, hoặc dùng --server imaps://MÁY_CHỦ/THƯ_MỤC --user TÊN.</translation>
    </message>
    <message>
        <source>No sending server is set: fill Edit ▸ Preferences ▸ E-mail, or give --smtp smtps://HOST --user NAME.</source>
        <translation>Chưa đặt máy chủ gửi thư: hãy điền ở Sửa ▸ Tùy chọn ▸ Thư điện tử, hoặc dùng --smtp smtps://MÁY_CHỦ --user TÊN.</translation>
    </message>
    <message>
        <source>The fetch was cancelled.</source>
        <translation>Đã hủy việc nhận thư.</translation>
    </message>
    <message>
        <source>attendee list offered</source>
        <translation>đã đưa ra danh sách đại biểu</translation>
    </message>
    <message>
        <source>The event has no e-mail address to send from: set it in the event or in Edit ▸ Preferences ▸ E-mail, or give --from ADDRESS.</source>
        <translation>Hội nghị chưa có địa chỉ thư điện tử để gửi đi: hãy đặt trong thông tin hội nghị hoặc ở Sửa ▸ Tùy chọn ▸ Thư điện tử, hoặc dùng --from ĐỊA_CHỈ.</translation>
    </message>
</context>
<context>
    <name>MailWorker</name>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Prepares a Youth Union leaders&apos; dialogue conference.</source>
        <translation>Chuẩn bị hội nghị gặp gỡ, đối thoại của lãnh đạo Đoàn Thanh niên.</translation>
    </message>
    <message>
        <source>The data file to open.</source>
        <translation>Tệp dữ liệu cần mở.</translation>
    </message>
    <message>
        <source>Create the 2021 sample event.</source>
        <translation>Tạo hội nghị mẫu năm 2021.</translation>
    </message>
    <message>
        <source>Language: vi or en.</source>
        <translation>Ngôn ngữ: vi hoặc en.</translation>
    </message>
    <message>
        <source>The event to show.</source>
        <translation>Hội nghị cần hiển thị.</translation>
    </message>
    <message>
        <source>The tab to open on: overview, attendees, questions, programme, plans or budget.</source>
        <translation>Thẻ được mở khi khởi động: overview, attendees, questions, programme, plans hoặc budget.</translation>
    </message>
</context>
<context>
    <name>ManPage</name>
    <message>
        <source>User Commands</source>
        <translation>Lệnh người dùng</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>prepare a Youth Union leaders&apos; dialogue conference</source>
        <translation>chuẩn bị hội nghị gặp gỡ, đối thoại của lãnh đạo Tỉnh đoàn</translation>
    </message>
    <message>
        <source>Synopsis</source>
        <translation>Cú pháp</translation>
    </message>
    <message>
        <source>command</source>
        <translation>lệnh</translation>
    </message>
    <message>
        <source>arguments</source>
        <translation>đối số</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>DialogueDesk prepares a meeting and dialogue between the leaders of a provincial Youth Union and the executive committees of young workers&apos; union branches: the delegates and seat quotas, the questions sent in beforehand, the programme, the in-person or online plan, and the printed papers in the official format.</source>
        <translation>DialogueDesk chuẩn bị hội nghị gặp gỡ, đối thoại giữa lãnh đạo Tỉnh đoàn với Ban Chấp hành Chi đoàn, Chi hội thanh niên công nhân: đại biểu và chỉ tiêu theo đơn vị, các ý kiến gửi trước, chương trình, phương án trực tiếp hoặc trực tuyến, và các giấy tờ in theo đúng thể thức.</translation>
    </message>
    <message>
        <source>Without a command it opens its window. With a command it works without a window, for batch work: results go to standard output as UTF-8 (tables tab-separated with a header row), errors to standard error as one line.</source>
        <translation>Nếu không có lệnh, chương trình mở cửa sổ. Khi có lệnh, chương trình làm việc không cần cửa sổ, để xử lý hàng loạt: kết quả ghi ra đầu ra chuẩn bằng UTF-8 (bảng phân cách bằng tab, có dòng tiêu đề), lỗi ghi ra đầu ra lỗi chuẩn thành một dòng.</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Lệnh</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>Exit status</source>
        <translation>Trạng thái thoát</translation>
    </message>
    <message>
        <source>done</source>
        <translation>thành công</translation>
    </message>
    <message>
        <source>the command failed; nothing was changed</source>
        <translation>lệnh thất bại; không có gì thay đổi</translation>
    </message>
    <message>
        <source>the command line is wrong: an unknown command or option, or an argument missing</source>
        <translation>dòng lệnh sai: lệnh hoặc tùy chọn không có, hoặc thiếu đối số</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>the data file when --db names none; XDG_DATA_HOME is ~/.local/share when it is not set. Before the file is upgraded to a newer data version a copy is kept beside it. Removing the program leaves it in place.</source>
        <translation>tệp dữ liệu khi --db không chỉ tệp nào; nếu XDG_DATA_HOME chưa được đặt thì đó là ~/.local/share. Trước khi tệp được nâng lên phiên bản dữ liệu mới hơn, một bản sao được giữ bên cạnh. Gỡ chương trình không xóa tệp này.</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ví dụ</translation>
    </message>
    <message>
        <source>creates the 2021 sample event in the data file and checks the file</source>
        <translation>tạo hội nghị mẫu năm 2021 trong tệp dữ liệu và kiểm tra tệp</translation>
    </message>
    <message>
        <source>the attendees whose row holds “hong”: Hồng, Hông… (accents and case ignored)</source>
        <translation>các đại biểu có dòng chứa “hong”: Hồng, Hông… (không phân biệt dấu, chữ hoa/thường)</translation>
    </message>
    <message>
        <source>checks a list sent by a union and prints its problems without importing it</source>
        <translation>kiểm tra danh sách do một đơn vị gửi và in các lỗi mà không nhập</translation>
    </message>
    <message>
        <source>the plan of the event as a PDF</source>
        <translation>kế hoạch của hội nghị dưới dạng PDF</translation>
    </message>
    <message>
        <source>see FILES</source>
        <translation>xem mục TỆP</translation>
    </message>
    <message>
        <source>options</source>
        <translation>tùy chọn</translation>
    </message>
</context>
<context>
    <name>Papers</name>
    <message>
        <source>Cannot write %1: %2. Choose another folder or file name.</source>
        <translation>Không ghi được %1: %2. Hãy chọn thư mục hoặc tên tệp khác.</translation>
    </message>
    <message>
        <source>No event is open. Choose or create an event first.</source>
        <translation>Chưa mở hội nghị nào. Hãy chọn hoặc tạo hội nghị trước.</translation>
    </message>
    <message>
        <source>Only invitation letters can be written one file per unit.</source>
        <translation>Chỉ giấy mời mới ghi được thành mỗi đơn vị một tệp.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Choose another folder.</source>
        <translation>Không tạo được thư mục %1. Hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>The event has no date yet: the paper says “Thời gian: %1”. Set the date of the event before sending it.</source>
        <translation>Sự kiện chưa có ngày tổ chức: văn bản ghi “Thời gian: %1”. Hãy đặt ngày tổ chức trước khi gửi văn bản.</translation>
    </message>
    <message>
        <source>None of the people or units chosen gets a letter.</source>
        <translation>Không người hay đơn vị nào được chọn nhận giấy mời.</translation>
    </message>
    <message>
        <source>The paper is signed on %1, after the deadline for questions (%2): it asks for questions before a day that has already passed. Move the deadline (event setup) or the signing date.</source>
        <translation>Văn bản ký ngày %1, sau hạn gửi ý kiến (%2): văn bản đề nghị gửi ý kiến trước một ngày đã qua. Hãy dời hạn gửi ý kiến (thông tin hội nghị) hoặc ngày ký.</translation>
    </message>
    <message>
        <source>Badges, place cards and labels are printed from a PDF: choose a .pdf file.</source>
        <translation>Thẻ đại biểu, bảng tên và nhãn phong bì được in từ PDF: hãy chọn tệp .pdf.</translation>
    </message>
    <message>
        <source>The paper is signed on %1, after the day of the meeting (%2). Check the signing date.</source>
        <translation>Văn bản ký ngày %1, sau ngày hội nghị (%2). Hãy kiểm tra lại ngày ký.</translation>
    </message>
    <message>
        <source>The results report is signed on %1, before the day of the meeting (%2). Check the signing date.</source>
        <translation>Báo cáo kết quả ký ngày %1, trước ngày hội nghị (%2). Hãy kiểm tra lại ngày ký.</translation>
    </message>
    <message>
        <source>The online notice belongs to the online plan (%1), but the event follows the in-person plan (%2): the notice says the meeting is held online. Send it only after switching to the online plan.</source>
        <translation>Thông báo trực tuyến thuộc phương án trực tuyến (%1), nhưng sự kiện đang theo phương án trực tiếp (%2): thông báo ghi hội nghị tổ chức trực tuyến. Chỉ gửi sau khi chuyển sang phương án trực tuyến.</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>The file is open read-only; personal data cannot be erased.</source>
        <translation>Tệp đang mở ở chế độ chỉ đọc; không thể xóa dữ liệu cá nhân.</translation>
    </message>
    <message>
        <source>There is no event whose personal data could be erased.</source>
        <translation>Không có hội nghị nào để xóa dữ liệu cá nhân.</translation>
    </message>
    <message>
        <source>Nothing was erased, because no backup could be taken first. %1</source>
        <translation>Chưa xóa gì, vì không sao lưu trước được. %1</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>The plan&apos;s text still gives the %1 as it was: “%2”. Edit the plan&apos;s text (Overview ▸ Edit event…) so that the plan says the same.</source>
        <translation>Nội dung kế hoạch vẫn ghi %1 như cũ: “%2”. Hãy sửa nội dung kế hoạch (Tổng quan ▸ Sửa thông tin hội nghị…) cho khớp.</translation>
    </message>
    <message>
        <source>time of the meeting</source>
        <translation>thời gian tổ chức</translation>
    </message>
    <message>
        <source>deadline for questions</source>
        <translation>hạn gửi câu hỏi</translation>
    </message>
    <message>
        <source>minimum of questions per host unit</source>
        <translation>số câu hỏi tối thiểu của mỗi đơn vị phối hợp</translation>
    </message>
    <message>
        <source>e-mail address for questions</source>
        <translation>địa chỉ e-mail nhận câu hỏi</translation>
    </message>
    <message>
        <source>phone number for questions</source>
        <translation>số điện thoại liên hệ về câu hỏi</translation>
    </message>
    <message>
        <source>contact for questions</source>
        <translation>người liên hệ về câu hỏi</translation>
    </message>
    <message>
        <source>venue of the in-person plan</source>
        <translation>địa điểm của phương án trực tiếp</translation>
    </message>
    <message>
        <source>meeting room of the online plan</source>
        <translation>phòng họp của phương án trực tuyến</translation>
    </message>
    <message>
        <source>livestream address</source>
        <translation>địa chỉ phát trực tiếp</translation>
    </message>
    <message>
        <source>number of delegates</source>
        <translation>số lượng đại biểu</translation>
    </message>
    <message>
        <source>quota of %1</source>
        <translation>số lượng của %1</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Ổ đĩa</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
</context>
<context>
    <name>QAbstractPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>Tên &amp;tệp:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Vị trí gần đây</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã tồn tại.
Bạn có muốn thay thế không?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính của tôi</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Hiện chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có cho &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Không c&amp;ho tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Trang đầu</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Trang cuối</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Khổ dọc</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Khổ ngang</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Hiện từng trang</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Hiện hai trang đối diện</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Hiện tất cả các trang</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Thiết lập trang</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Xuất ra PDF</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message numerus="yes">
        <source>classify %n question(s)</source>
        <translation>
            <numerusform>phân loại %n ý kiến</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>forward %n question(s)</source>
        <translation>
            <numerusform>chuyển %n ý kiến</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>assign %n question(s) to an agency</source>
        <translation>
            <numerusform>giao %n ý kiến cho cơ quan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>merge %n question(s)</source>
        <translation>
            <numerusform>gộp %n ý kiến</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>withdraw %n question(s)</source>
        <translation>
            <numerusform>rút %n ý kiến</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reorder %n question(s)</source>
        <translation>
            <numerusform>sắp xếp lại %n ý kiến</numerusform>
        </translation>
    </message>
    <message>
        <source>record an answer</source>
        <translation>ghi câu trả lời</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Không ghi được “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>record %n question(s) as forwarded</source>
        <translation>
            <numerusform>ghi nhận %n ý kiến đã chuyển</numerusform>
        </translation>
    </message>
    <message>
        <source>No header row naming the question text (Nội dung, Câu hỏi, Ý kiến or Text) and another column (Đơn vị, Người hỏi, Loại, Chủ đề, Ngày, Kênh) was found in the first rows.</source>
        <translation>Không tìm thấy dòng tiêu đề trong các dòng đầu: cần có cột nội dung ý kiến (Nội dung, Câu hỏi, Ý kiến hoặc Text) và ít nhất một cột khác (Đơn vị, Người hỏi, Loại, Chủ đề, Ngày, Kênh).</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, dòng %2</translation>
    </message>
    <message>
        <source>The row has no question text.</source>
        <translation>Dòng này không có nội dung ý kiến.</translation>
    </message>
    <message>
        <source>Unknown unit “%1”: choose the unit.</source>
        <translation>Không rõ đơn vị “%1”: hãy chọn đơn vị.</translation>
    </message>
    <message>
        <source>Unknown kind “%1”; taken as a question.</source>
        <translation>Không rõ loại “%1”; được coi là câu hỏi.</translation>
    </message>
    <message>
        <source>Unreadable date “%1” (use dd/mm/yyyy).</source>
        <translation>Không đọc được ngày “%1” (hãy ghi theo dạng ngày/tháng/năm, dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>%1, item %2</source>
        <translation>%1, mục %2</translation>
    </message>
    <message>
        <source>No unit has the address %1: choose the unit that sent it.</source>
        <translation>Không có đơn vị nào có địa chỉ %1: hãy chọn đơn vị đã gửi.</translation>
    </message>
    <message>
        <source>The e-mail holds no question text.</source>
        <translation>Thư không có nội dung ý kiến.</translation>
    </message>
    <message>
        <source>Already recorded (question %1).</source>
        <translation>Đã có (ý kiến số %1).</translation>
    </message>
    <message>
        <source>Same text as %1.</source>
        <translation>Trùng nội dung với %1.</translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation>(chưa có chủ đề)</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>Nội dung ý kiến</translation>
    </message>
    <message>
        <source>edit question</source>
        <translation>sửa ý kiến</translation>
    </message>
    <message>
        <source>add question</source>
        <translation>thêm ý kiến</translation>
    </message>
    <message>
        <source>Unknown channel “%1”; taken as %2.</source>
        <translation>Không rõ kênh “%1”; ghi theo kênh “%2”.</translation>
    </message>
    <message>
        <source>edit a note</source>
        <translation>sửa ghi chú</translation>
    </message>
    <message>
        <source>“%1” fits several units (%2): choose the unit.</source>
        <translation>“%1” có thể là nhiều đơn vị (%2): hãy chọn đơn vị.</translation>
    </message>
    <message>
        <source>“%1” names none of the event&apos;s topics: left unclassified, kept in the question&apos;s note.</source>
        <translation>“%1” không phải chủ đề nào của hội nghị: để chưa phân loại, ghi vào phần ghi chú của ý kiến.</translation>
    </message>
    <message>
        <source>The sheet “%1” of %2 is hidden in the file and was not read.</source>
        <translation>Trang tính “%1” của %2 bị ẩn trong tệp nên không được đọc.</translation>
    </message>
</context>
<context>
    <name>RowConflict</name>
    <message>
        <source>Overwrite: %1</source>
        <translation>Ghi đè: %1</translation>
    </message>
    <message>
        <source>person</source>
        <translation>đại biểu</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <source>question</source>
        <translation>ý kiến</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>chủ đề</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>mục chương trình</translation>
    </message>
    <message>
        <source>task</source>
        <translation>công việc</translation>
    </message>
    <message>
        <source>budget item</source>
        <translation>khoản dự toán</translation>
    </message>
    <message>
        <source>event</source>
        <translation>sự kiện</translation>
    </message>
    <message>
        <source>Another desk removed this %1 (row %2) since you read it; nothing was changed.</source>
        <translation>Bàn khác đã xoá %1 này (dòng %2) sau khi bạn đọc; chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>Another desk changed this %1 (row %2) since you read it; nothing was changed. Field %3 — you read “%4”; their value: “%5” / your value: “%6”. A row changed at another desk is a conflict even when they changed a different field.</source>
        <translation>Bàn khác đã sửa %1 này (dòng %2) sau khi bạn đọc; chưa có gì thay đổi. Trường %3 — bạn đã đọc “%4”; giá trị của họ: “%5” / giá trị của bạn: “%6”. Một dòng đã được bàn khác sửa thì vẫn là xung đột, kể cả khi họ sửa trường khác.</translation>
    </message>
    <message>
        <source>the symbol of %1</source>
        <translation>ký hiệu của %1</translation>
    </message>
    <message>
        <source>the signing date of %1</source>
        <translation>ngày ký của %1</translation>
    </message>
    <message>
        <source>the answer deadline of %1</source>
        <translation>hạn trả lời của %1</translation>
    </message>
    <message>
        <source>the next number of %1</source>
        <translation>số tiếp theo của %1</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>phương án</translation>
    </message>
    <message>
        <source>unit&apos;s part</source>
        <translation>phần tham gia của đơn vị</translation>
    </message>
    <message>
        <source>paper settings</source>
        <translation>thiết lập văn bản</translation>
    </message>
    <message>
        <source>paper numbering</source>
        <translation>số văn bản</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>họ</translation>
    </message>
    <message>
        <source>middle name</source>
        <translation>tên đệm</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>workplace</source>
        <translation>nơi công tác</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <source>name</source>
        <translation>tên</translation>
    </message>
    <message>
        <source>short name</source>
        <translation>tên viết tắt</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>số điện thoại</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>thư điện tử</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>người liên hệ</translation>
    </message>
    <message>
        <source>position</source>
        <translation>chức vụ</translation>
    </message>
    <message>
        <source>status</source>
        <translation>trạng thái</translation>
    </message>
    <message>
        <source>text</source>
        <translation>nội dung</translation>
    </message>
    <message>
        <source>title</source>
        <translation>tiêu đề</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>địa điểm</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>sức chứa</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>giờ bắt đầu</translation>
    </message>
    <message>
        <source>active plan</source>
        <translation>phương án đang áp dụng</translation>
    </message>
    <message>
        <source>quota</source>
        <translation>chỉ tiêu</translation>
    </message>
    <message>
        <source>signer</source>
        <translation>người ký</translation>
    </message>
    <message>
        <source>this %1 (row %2)</source>
        <translation>%1 này (dòng %2)</translation>
    </message>
    <message>
        <source>the %1 of this %2 (row %3)</source>
        <translation>%1 của %2 này (dòng %3)</translation>
    </message>
    <message>
        <source>Another desk removed %1 since you read it; nothing was changed.</source>
        <translation>Bàn khác đã xóa %1 sau khi bạn đọc; chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>Another desk changed %1 since you read it; nothing was changed. You read “%2”; their value: “%3” / your value: “%4”.</source>
        <translation>Bàn khác đã sửa %1 sau khi bạn đọc; chưa có gì thay đổi. Bạn đã đọc “%2”; giá trị của họ: “%3” / giá trị của bạn: “%4”.</translation>
    </message>
    <message>
        <source>Another desk changed this %1 (row %2) since you read it; nothing was changed.</source>
        <translation>Bàn khác đã sửa %1 này (dòng %2) sau khi bạn đọc; chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>the part of %1 in the event</source>
        <translation>phần tham gia của %1 trong hội nghị</translation>
    </message>
    <message>
        <source>the role of %1</source>
        <translation>vai trò của %1</translation>
    </message>
    <message>
        <source>the quota note of %1</source>
        <translation>ghi chú chỉ tiêu của %1</translation>
    </message>
    <message>
        <source>the quota of %1</source>
        <translation>chỉ tiêu của %1</translation>
    </message>
</context>
<context>
    <name>Sample</name>
    <message>
        <source>The sample event is missing from the program.</source>
        <translation>Không tìm thấy dữ liệu hội nghị mẫu trong chương trình.</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>(no unit)</source>
        <translation>(không có đơn vị)</translation>
    </message>
    <message>
        <source>%1 has %2 people for a quota of %3.</source>
        <translation>%1 có %2 người trong khi chỉ tiêu là %3.</translation>
    </message>
    <message>
        <source>%1 sent %2 of the %3 questions required by %4.</source>
        <translation>%1 mới gửi %2 trong số %3 ý kiến phải gửi trước ngày %4.</translation>
    </message>
    <message>
        <source>%1 people are expected for a capacity of %2 in the hall.</source>
        <translation>Dự kiến %1 người trong khi hội trường chỉ có sức chứa %2.</translation>
    </message>
    <message>
        <source>The programme ends at %1, after the latest end time %2.</source>
        <translation>Chương trình kết thúc lúc %1, muộn hơn giờ kết thúc muộn nhất %2.</translation>
    </message>
    <message>
        <source>%1 has sent %2 of the %3 people of its quota.</source>
        <translation>%1 mới cử %2 trên %3 người theo chỉ tiêu.</translation>
    </message>
    <message numerus="yes">
        <source>%1 has sent %2 of the %3 questions required by %4: %n day(s) left.</source>
        <translation>
            <numerusform>%1 mới gửi %2 trên %3 ý kiến phải gửi trước %4: còn %n ngày.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has not answered %n forwarded question(s), due by %2.</source>
        <translation>
            <numerusform>%1 chưa trả lời %n ý kiến đã chuyển, hạn trả lời %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 did not go by e-mail at %3: %4</source>
        <translation>%1 gửi %2 không gửi được qua thư điện tử lúc %3: %4</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>A programme item needs a title.</source>
        <translation>Mục chương trình cần có tên.</translation>
    </message>
    <message>
        <source>The duration must be between 0 and 1440 minutes.</source>
        <translation>Thời lượng phải từ 0 đến 1440 phút.</translation>
    </message>
    <message>
        <source>A task needs a description.</source>
        <translation>Nhiệm vụ cần có nội dung.</translation>
    </message>
    <message>
        <source>A unit needs a name.</source>
        <translation>Đơn vị cần có tên.</translation>
    </message>
    <message>
        <source>The birth year %1 is not possible.</source>
        <translation>Năm sinh %1 không hợp lệ.</translation>
    </message>
    <message>
        <source>A person cannot replace themselves.</source>
        <translation>Một người không thể tự thay chính mình.</translation>
    </message>
    <message>
        <source>An event needs a title.</source>
        <translation>Hội nghị cần có tên.</translation>
    </message>
    <message>
        <source>The month must be between 1 and 12.</source>
        <translation>Tháng phải từ 1 đến 12.</translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation>Sức chứa không được là số âm.</translation>
    </message>
    <message>
        <source>The event no longer exists.</source>
        <translation>Hội nghị không còn tồn tại.</translation>
    </message>
    <message>
        <source>This plan is already the active one.</source>
        <translation>Phương án này đang được áp dụng.</translation>
    </message>
    <message>
        <source>A paper number must be 1 or more.</source>
        <translation>Số văn bản phải từ 1 trở lên.</translation>
    </message>
    <message>
        <source>A topic needs a title.</source>
        <translation>Chủ đề cần có tên.</translation>
    </message>
    <message>
        <source>A question needs its text.</source>
        <translation>Ý kiến cần có nội dung.</translation>
    </message>
    <message>
        <source>A question cannot be merged into itself.</source>
        <translation>Không thể gộp một ý kiến vào chính nó.</translation>
    </message>
    <message>
        <source>The backup folder “%1” could not be made.</source>
        <translation>Không tạo được thư mục sao lưu “%1”.</translation>
    </message>
    <message>
        <source>No backup could be taken: %1</source>
        <translation>Không sao lưu được: %1</translation>
    </message>
    <message>
        <source>These old backups could not be deleted: %1</source>
        <translation>Không xóa được các bản sao lưu cũ sau: %1</translation>
    </message>
    <message>
        <source>The backup “%1” could not be copied to be restored.</source>
        <translation>Không sao chép được bản sao lưu “%1” để khôi phục.</translation>
    </message>
    <message>
        <source>There is no backup “%1”.</source>
        <translation>Không có bản sao lưu “%1”.</translation>
    </message>
    <message>
        <source>A file cannot be restored from itself.</source>
        <translation>Không thể khôi phục một tệp từ chính nó.</translation>
    </message>
    <message>
        <source>No room was found to prepare the backup.</source>
        <translation>Không tìm được chỗ để chuẩn bị bản sao lưu.</translation>
    </message>
    <message>
        <source>The backup “%1” cannot be restored, and nothing was changed: %2</source>
        <translation>Không thể khôi phục bản sao lưu “%1”; chưa có gì bị thay đổi: %2</translation>
    </message>
    <message>
        <source>The current state could not be backed up, so the backup was not restored. %1</source>
        <translation>Không sao lưu được trạng thái hiện tại, nên bản sao lưu chưa được khôi phục. %1</translation>
    </message>
    <message>
        <source>The backup “%1” could not be restored, and nothing was changed: %2</source>
        <translation>Khôi phục bản sao lưu “%1” không thành công; chưa có gì bị thay đổi: %2</translation>
    </message>
    <message>
        <source>The disk that holds “%1” is full, so nothing more could be written to it; what the file held before is unchanged. Free some space on that disk (or move the file to another one), then try again.</source>
        <translation>Ổ đĩa chứa “%1” đã đầy nên không ghi thêm được gì; dữ liệu đã có trong tệp vẫn nguyên vẹn. Hãy giải phóng bớt dung lượng trên ổ đĩa đó (hoặc chuyển tệp sang ổ khác), rồi thử lại.</translation>
    </message>
    <message>
        <source>The file “%1” is read-only (write-protected), so it can be looked at but not changed. To change it, remove the write protection in the file&apos;s properties, or save a copy elsewhere and open that.</source>
        <translation>Tệp “%1” chỉ cho phép đọc (đã bật chống ghi), nên chỉ xem được, không sửa được. Muốn sửa, hãy bỏ chống ghi trong thuộc tính của tệp, hoặc lưu một bản sao ở nơi khác rồi mở bản đó.</translation>
    </message>
    <message>
        <source>The folder “%2” is read-only, so “%1” can be looked at but not changed: the program must write its working files beside it. To change it, copy the file into a folder you may write to (such as Documents) and open the copy.</source>
        <translation>Thư mục “%2” chỉ cho phép đọc, nên “%1” chỉ xem được, không sửa được: chương trình cần ghi các tệp làm việc bên cạnh nó. Muốn sửa, hãy chép tệp vào một thư mục được phép ghi (ví dụ Documents) rồi mở bản chép đó.</translation>
    </message>
    <message>
        <source>The file “%1” is locked by another program that is writing to it. Nothing was changed. Close that program (or wait for it to finish), then try again.</source>
        <translation>Tệp “%1” đang bị một chương trình khác khóa để ghi. Chưa có gì bị thay đổi. Hãy đóng chương trình đó (hoặc chờ nó ghi xong), rồi thử lại.</translation>
    </message>
    <message>
        <source>The disk that holds “%1” could not be read or written (was a USB drive or network folder disconnected?). Nothing more was saved. Check the drive, then open the file again.</source>
        <translation>Không đọc hoặc ghi được ổ đĩa chứa “%1” (có phải USB hay thư mục mạng đã bị ngắt?). Không lưu thêm được gì. Hãy kiểm tra ổ đĩa, rồi mở lại tệp.</translation>
    </message>
    <message>
        <source>The file “%1” is damaged and cannot be used safely. It was not changed. Open one of its backups (in the DialogueDesk-backups folder beside it) with File ▸ Open, or a copy saved earlier.</source>
        <translation>Tệp “%1” bị hỏng, không dùng an toàn được. Tệp không bị thay đổi. Hãy mở một bản sao lưu của nó (trong thư mục DialogueDesk-backups bên cạnh) bằng Tệp ▸ Mở, hoặc một bản sao đã lưu trước đó.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be opened. Check that it exists, that you may open it and that it is not on a disconnected drive.</source>
        <translation>Không mở được tệp “%1”. Hãy kiểm tra tệp có tồn tại, bạn có quyền mở, và tệp không nằm trên ổ đĩa đã bị ngắt.</translation>
    </message>
    <message>
        <source>“%1” is not an ordinary file (it is a device, a pipe or a socket), so it cannot hold DialogueDesk data. Choose a data file (.sqlite).</source>
        <translation>“%1” không phải là tệp thông thường (mà là thiết bị, đường ống hoặc socket), nên không chứa được dữ liệu DialogueDesk. Hãy chọn một tệp dữ liệu (.sqlite).</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a data file. Choose a data file (.sqlite) inside it, or give the name of a new file.</source>
        <translation>“%1” là một thư mục, không phải tệp dữ liệu. Hãy chọn một tệp dữ liệu (.sqlite) trong đó, hoặc đặt tên cho một tệp mới.</translation>
    </message>
    <message>
        <source>The file “%1” is empty (0 bytes): it holds no data yet. Open it in the window, or add --sample, to make it a data file.</source>
        <translation>Tệp “%1” rỗng (0 byte): chưa có dữ liệu. Hãy mở nó trong cửa sổ chương trình, hoặc thêm --sample, để biến nó thành tệp dữ liệu.</translation>
    </message>
    <message>
        <source>The change was refused because it would break a rule of the data file (a value out of range, or a link to something that no longer exists). Nothing was changed.</source>
        <translation>Thay đổi bị từ chối vì sẽ vi phạm quy tắc của tệp dữ liệu (giá trị ngoài phạm vi, hoặc liên kết tới mục không còn tồn tại). Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>A value is too large to be stored. Nothing was changed.</source>
        <translation>Có giá trị quá lớn, không lưu được. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The computer ran out of memory. Nothing was changed; close other programs and try again.</source>
        <translation>Máy tính đã hết bộ nhớ. Chưa có gì bị thay đổi; hãy đóng bớt các chương trình khác rồi thử lại.</translation>
    </message>
    <message>
        <source>The data file reported an unexpected problem (code %1). Nothing was changed.</source>
        <translation>Tệp dữ liệu báo một lỗi không lường trước (mã %1). Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The e-mail address “%1” is not valid: it needs one “@” and a domain with a dot, such as bantochuc@tinhdoan.vn.</source>
        <translation>Địa chỉ e-mail “%1” không hợp lệ: cần có một dấu “@” và tên miền có dấu chấm, ví dụ bantochuc@tinhdoan.vn.</translation>
    </message>
    <message>
        <source>A budget line needs a content.</source>
        <translation>Dòng kinh phí cần có nội dung.</translation>
    </message>
    <message>
        <source>Quantities and amounts cannot be negative.</source>
        <translation>Số lượng và số tiền không được âm.</translation>
    </message>
    <message>
        <source>The amount of a budget line is too large.</source>
        <translation>Thành tiền của dòng kinh phí quá lớn.</translation>
    </message>
    <message>
        <source>This person is no longer in the list (another desk removed them).</source>
        <translation>Người này không còn trong danh sách (một bàn khác đã xóa).</translation>
    </message>
    <message>
        <source>Another desk is taking paper numbers at the same time; try again.</source>
        <translation>Bàn khác đang lấy số văn bản cùng lúc; hãy thử lại.</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>Detect automatically</source>
        <translation>Tự động nhận dạng</translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 little-endian)</source>
        <translation>Unicode (UTF-16 little-endian)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 big-endian)</source>
        <translation>Unicode (UTF-16 big-endian)</translation>
    </message>
    <message>
        <source>Vietnamese Windows (Windows-1258)</source>
        <translation>Tiếng Việt Windows (Windows-1258)</translation>
    </message>
    <message>
        <source>Vietnamese TCVN3 (ABC, .VnTime fonts)</source>
        <translation>Tiếng Việt TCVN3 (ABC, phông .VnTime)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation>Unicode (UTF-16)</translation>
    </message>
</context>
<context>
    <name>dd::AgendaPage</name>
    <message>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>Thêm &amp;mục…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Chuyển x&amp;uống</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>Áp dụng cho:</translation>
    </message>
    <message>
        <source>Total %1 minutes</source>
        <translation>Tổng cộng %1 phút</translation>
    </message>
    <message>
        <source> · %1 – %2</source>
        <translation> · %1 – %2</translation>
    </message>
    <message>
        <source>runs past %1</source>
        <translation>kéo dài quá %1</translation>
    </message>
    <message>
        <source>Add programme item</source>
        <translation>Thêm mục chương trình</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Tên mục:</translation>
    </message>
    <message>
        <source>Durations are in minutes; clock times follow the start time of the active plan (set it on the Plans tab). An item may be called differently under the online plan. Drag rows or press Alt+Up/Down to reorder.</source>
        <translation>Thời lượng tính bằng phút; giờ trong chương trình tính từ giờ bắt đầu của phương án đang áp dụng (đặt ở thẻ Phương án). Một mục có thể có tên khác theo phương án trực tuyến. Kéo dòng hoặc nhấn Alt+Lên/Xuống để sắp xếp lại.</translation>
    </message>
    <message>
        <source>No programme item yet. Add item… adds one; set the start time on the Plans tab and the clock times follow the durations.</source>
        <translation>Chưa có mục nào trong chương trình. Bấm Thêm mục… để thêm; đặt giờ bắt đầu ở thẻ Phương án, giờ từng mục sẽ tính theo thời lượng.</translation>
    </message>
</context>
<context>
    <name>dd::AgendaTableModel</name>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Số phút</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Phương án</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Not part of the active plan</source>
        <translation>Không thuộc phương án đang áp dụng</translation>
    </message>
    <message>
        <source>(other plan)</source>
        <translation>(phương án khác)</translation>
    </message>
    <message>
        <source>The duration is a number of minutes, for example 15.</source>
        <translation>Thời lượng là số phút, ví dụ 15.</translation>
    </message>
    <message>
        <source>Item (online plan)</source>
        <translation>Nội dung (trực tuyến)</translation>
    </message>
</context>
<context>
    <name>dd::AttendeeDialog</name>
    <message>
        <source>Edit attendee</source>
        <translation>Sửa thông tin đại biểu</translation>
    </message>
    <message>
        <source>Add attendee</source>
        <translation>Thêm đại biểu</translation>
    </message>
    <message>
        <source>e.g. Nguyễn Thị Ánh Hồng</source>
        <translation>VD: Nguyễn Thị Ánh Hồng</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(chưa rõ)</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(không có đơn vị)</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Họ</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Tên đệm</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>Family, middle, given:</source>
        <translation>Họ, tên đệm, tên:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Giới tính:</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>&amp;Năm sinh:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Điện &amp;thoại:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>Thành &amp;phần:</translation>
    </message>
    <message>
        <source>&amp;Invitation:</source>
        <translation>Tình trạng &amp;mời:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Gh&amp;i chú:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name (or at least a position, for a seat still to be named).</source>
        <translation>Hãy nhập họ và tên (hoặc ít nhất là chức vụ, nếu suất này chưa có người cụ thể).</translation>
    </message>
    <message>
        <source>The phone number “%1” is too short.</source>
        <translation>Số điện thoại “%1” quá ngắn.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” không phải là địa chỉ email.</translation>
    </message>
    <message>
        <source>e.g. Chi đoàn Công ty TNHH Giày Da Phước Minh</source>
        <translation>ví dụ: Chi đoàn Công ty TNHH Giày Da Phước Minh</translation>
    </message>
    <message>
        <source>Where the person works or lives: their company, branch or chi hội. The unit above is the union that sends them.</source>
        <translation>Nơi người này làm việc hoặc sinh sống: công ty, chi đoàn hay chi hội. Đơn vị ở trên là đơn vị cử họ.</translation>
    </message>
    <message>
        <source>&amp;Workplace:</source>
        <translation>Nơi công tác:</translation>
    </message>
    <message>
        <source>Reserve delegate: comes only if a delegate cannot</source>
        <translation>Đại biểu dự khuyết: chỉ dự khi có đại biểu vắng</translation>
    </message>
    <message>
        <source>A reserve counts against no quota and is not invited with the delegates; Substitute… puts them in a delegate&apos;s place.</source>
        <translation>Đại biểu dự khuyết không tính vào chỉ tiêu và không được mời cùng các đại biểu; nút Cử người thay… đưa họ vào chỗ của một đại biểu.</translation>
    </message>
</context>
<context>
    <name>dd::AttendeeTableModel</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Tình trạng mời</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Replaces %1</source>
        <translation>Thay cho %1</translation>
    </message>
    <message>
        <source> (walk-in)</source>
        <translation> (tự đến)</translation>
    </message>
    <message>
        <source>substitute</source>
        <translation>người thay</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Nơi công tác</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” không phải là địa chỉ email.</translation>
    </message>
</context>
<context>
    <name>dd::AttendeesPage</name>
    <message>
        <source>Search name, unit, position, phone, e-mail (accents not needed)</source>
        <translation>Tìm theo tên, đơn vị, chức vụ, điện thoại, email (gõ không dấu cũng được)</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Mọi thành phần</translation>
    </message>
    <message>
        <source>All invitations</source>
        <translation>Mọi tình trạng mời</translation>
    </message>
    <message>
        <source>Present or not</source>
        <translation>Có mặt hoặc chưa</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Đã điểm danh</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>Chưa điểm danh</translation>
    </message>
    <message>
        <source>Check-in mode</source>
        <translation>Chế độ điểm danh</translation>
    </message>
    <message>
        <source>On the day: type a few letters of a name, press Enter to check the person in; Ctrl+Enter adds a walk-in with the typed name.</source>
        <translation>Trong ngày hội nghị: gõ vài chữ của tên, nhấn Enter để điểm danh người đó; Ctrl+Enter để thêm người tự đến với tên vừa gõ.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Thê&amp;m…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Mark &amp;invited</source>
        <translation>Đán&amp;h dấu đã mời</translation>
    </message>
    <message>
        <source>C&amp;onfirmed</source>
        <translation>Đã xác &amp;nhận</translation>
    </message>
    <message>
        <source>Dec&amp;lined</source>
        <translation>Từ &amp;chối</translation>
    </message>
    <message>
        <source>&amp;Substitute…</source>
        <translation>Cử người th&amp;ay…</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation>Hủy điểm danh</translation>
    </message>
    <message>
        <source>I&amp;mport from file…</source>
        <translation>Nhập từ tệ&amp;p…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>X&amp;uất…</translation>
    </message>
    <message>
        <source>Whole list…</source>
        <translation>Toàn bộ danh sách…</translation>
    </message>
    <message>
        <source>Filtered view…</source>
        <translation>Danh sách đang lọc…</translation>
    </message>
    <message>
        <source>One unit…</source>
        <translation>Một đơn vị…</translation>
    </message>
    <message>
        <source>Import template for a unit…</source>
        <translation>Mẫu nhập danh sách cho một đơn vị…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Seats per unit&lt;/b&gt; (double-click a quota to change it)</source>
        <translation>&lt;b&gt;Số chỗ theo đơn vị&lt;/b&gt; (nhấp đúp vào chỉ tiêu để thay đổi)</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Mọi đơn vị</translation>
    </message>
    <message>
        <source>%1 shown of %2 · %3 present</source>
        <translation>Đang hiện %1/%2 · %3 có mặt</translation>
    </message>
    <message>
        <source>Online plan: the hall capacity does not apply; %1 people are expected.</source>
        <translation>Phương án trực tuyến: không áp dụng sức chứa hội trường; dự kiến %1 người.</translation>
    </message>
    <message>
        <source>Hall capacity %1 · expected %2 · present %3</source>
        <translation>Sức chứa hội trường %1 · dự kiến %2 · có mặt %3</translation>
    </message>
    <message>
        <source>The capacity is exceeded by %1.</source>
        <translation>Vượt sức chứa %1 người.</translation>
    </message>
    <message>
        <source>%1 is over its quota (%2 of %3).</source>
        <translation>%1 vượt chỉ tiêu (%2/%3).</translation>
    </message>
    <message>
        <source>Substitute</source>
        <translation>Cử người thay</translation>
    </message>
    <message>
        <source>Select the one person who is replaced.</source>
        <translation>Hãy chọn đúng một người được thay.</translation>
    </message>
    <message>
        <source>Substitute for %1</source>
        <translation>Cử người thay cho %1</translation>
    </message>
    <message>
        <source>Export one unit</source>
        <translation>Xuất danh sách một đơn vị</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Export attendees</source>
        <translation>Xuất danh sách đại biểu</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Bảng tính Excel (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Import template</source>
        <translation>Mẫu nhập danh sách</translation>
    </message>
    <message>
        <source>For the unit:</source>
        <translation>Cho đơn vị:</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>&amp;Units…</source>
        <translation>Đơn &amp;vị…</translation>
    </message>
    <message>
        <source>Add units, change their e-mail, part and quota</source>
        <translation>Thêm đơn vị, sửa email, vai trò và chỉ tiêu của đơn vị</translation>
    </message>
    <message>
        <source>Chec&amp;k in</source>
        <translation>Điểm &amp;danh</translation>
    </message>
    <message>
        <source>Name, then Enter (Ctrl+Enter: walk-in)</source>
        <translation>Gõ tên rồi Enter (Ctrl+Enter: người tự đến)</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Type a few letters of a name and press Enter.</source>
        <translation>Gõ vài chữ của tên rồi nhấn Enter.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Already checked in at %1</source>
        <translation>Đã điểm danh lúc %1</translation>
    </message>
    <message>
        <source>Declined the invitation: press Enter again to check in anyway</source>
        <translation>Đã báo không dự: nhấn Enter lần nữa nếu vẫn điểm danh</translation>
    </message>
    <message>
        <source>Replaced by a substitute: press Enter again to check in anyway</source>
        <translation>Đã có người dự thay: nhấn Enter lần nữa nếu vẫn điểm danh</translation>
    </message>
    <message>
        <source>Scan the code of a letter or badge (or type it), then Enter</source>
        <translation>Quét mã trên giấy mời hoặc thẻ đại biểu (hoặc gõ mã), rồi nhấn Enter</translation>
    </message>
    <message>
        <source>Not a check-in code</source>
        <translation>Không phải mã điểm danh</translation>
    </message>
    <message>
        <source>“%1” is not the code of a letter or badge; find a name with the search field instead.</source>
        <translation>“%1” không phải là mã trên giấy mời hay thẻ đại biểu; hãy tìm theo tên ở ô tìm kiếm.</translation>
    </message>
    <message>
        <source>No one on the list yet. Import the lists the district unions sent (Import from file…, or drop the files here), or add a person by hand (Add…).</source>
        <translation>Danh sách chưa có ai. Hãy nhập danh sách các huyện, thị, thành đoàn gửi (Nhập từ tệp…, hoặc kéo thả tệp vào đây), hoặc thêm từng người (Thêm…).</translation>
    </message>
    <message>
        <source>No one matches the search or the filters above.</source>
        <translation>Không có ai khớp với nội dung tìm kiếm hoặc các bộ lọc ở trên.</translation>
    </message>
    <message>
        <source>Reserve delegates</source>
        <translation>Đại biểu dự khuyết</translation>
    </message>
    <message>
        <source>A new person…</source>
        <translation>Một người mới…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n reserve delegate(s). Who takes the place?</source>
        <translation>
            <numerusform>%1 có %n đại biểu dự khuyết. Ai sẽ thay?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::AutoBackup</name>
    <message>
        <source>A backup was kept as %1</source>
        <translation>Đã sao lưu thành %1</translation>
    </message>
</context>
<context>
    <name>dd::BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Bản sao lưu</translation>
    </message>
    <message>
        <source>A backup is taken when the file is opened (if it changed since the last one) and every hour while it is open. The last 10 are kept, and one a day for 30 days, in %1</source>
        <translation>Tệp được sao lưu khi mở (nếu đã thay đổi kể từ lần sao lưu trước) và mỗi giờ một lần trong khi đang mở. Giữ lại 10 bản gần nhất và mỗi ngày một bản trong 30 ngày, tại %1</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Người</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Khôi phục…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>A backup was taken: %1</source>
        <translation>Đã sao lưu: %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Put back the backup of %1 (%2 events, %3 people, %4 questions)? Everything in the file is replaced by it. The current state is backed up first, so this can itself be undone from this list.</source>
        <translation>Khôi phục bản sao lưu lúc %1 (%2 hội nghị, %3 người, %4 câu hỏi)? Toàn bộ nội dung tệp sẽ được thay bằng bản này. Trạng thái hiện tại được sao lưu trước, nên có thể quay lại từ chính danh sách này.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>dd::BirthYearEdit</name>
    <message>
        <source>not given, e.g. 1995</source>
        <translation>chưa rõ, ví dụ 1995</translation>
    </message>
</context>
<context>
    <name>dd::BudgetPage</name>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>Thêm &amp;dòng</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Amounts are in đồng (12.500.000 or 12500000); a quantity may have decimals (1,5). Tick Plan 1, Plan 2 or both for each line; the amount spent is entered after the day for the results report.</source>
        <translation>Số tiền tính bằng đồng (12.500.000 hoặc 12500000); số lượng có thể có phần lẻ (1,5). Đánh dấu Phương án 1, Phương án 2 hoặc cả hai cho từng dòng; số tiền thực chi nhập sau hội nghị cho báo cáo kết quả.</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2 ₫&lt;/b&gt; (%3)</source>
        <translation>%1: &lt;b&gt;%2 ₫&lt;/b&gt; (%3)</translation>
    </message>
    <message>
        <source> · spent %1 ₫</source>
        <translation> · thực chi %1 ₫</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Dòng mới</translation>
    </message>
    <message>
        <source>No budget line yet. Add line adds one to type over; the estimate and the results report are printed from these lines (Print…).</source>
        <translation>Chưa có dòng kinh phí nào. Bấm Thêm dòng để thêm một dòng rồi gõ đè lên; dự toán và báo cáo kết quả được in từ các dòng này (In…).</translation>
    </message>
</context>
<context>
    <name>dd::BudgetTableModel</name>
    <message>
        <source>Section</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>ĐVT</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Unit price (₫)</source>
        <translation>Đơn giá (₫)</translation>
    </message>
    <message>
        <source>Plan 1 (₫)</source>
        <translation>Phương án 1 (₫)</translation>
    </message>
    <message>
        <source>Plan 2 (₫)</source>
        <translation>Phương án 2 (₫)</translation>
    </message>
    <message>
        <source>Spent (₫)</source>
        <translation>Thực chi (₫)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Tick to count this line in the plan&apos;s estimate</source>
        <translation>Đánh dấu để tính dòng này vào dự trù của phương án</translation>
    </message>
    <message>
        <source>A line belongs to at least one plan; delete it if neither needs it.</source>
        <translation>Mỗi dòng thuộc ít nhất một phương án; nếu không phương án nào cần thì hãy xóa dòng.</translation>
    </message>
    <message>
        <source>“%1” is not an amount: type a whole number, such as 12500000 or 12.500.000.</source>
        <translation>“%1” không phải là số tiền: hãy nhập số nguyên, ví dụ 12500000 hoặc 12.500.000.</translation>
    </message>
</context>
<context>
    <name>dd::CardFilter</name>
    <message>
        <source>Everyone</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Chair and co-chairs (CHỦ TRÌ)</source>
        <translation>Chủ trì và đồng chủ trì (CHỦ TRÌ)</translation>
    </message>
    <message>
        <source>Guests (KHÁCH MỜI)</source>
        <translation>Khách mời (KHÁCH MỜI)</translation>
    </message>
    <message>
        <source>Delegates (ĐẠI BIỂU)</source>
        <translation>Đại biểu (ĐẠI BIỂU)</translation>
    </message>
    <message>
        <source>Press (PHÓNG VIÊN)</source>
        <translation>Phóng viên (PHÓNG VIÊN)</translation>
    </message>
    <message>
        <source>Organisers (BAN TỔ CHỨC)</source>
        <translation>Ban tổ chức (BAN TỔ CHỨC)</translation>
    </message>
    <message numerus="yes">
        <source>%n badge(s)</source>
        <translation>
            <numerusform>%n thẻ đại biểu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n A4 sheet(s), eight to a sheet.</source>
        <translation>
            <numerusform>trên %n tờ A4, tám thẻ một tờ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place card(s), one A4 sheet each.</source>
        <translation>
            <numerusform>%n bảng tên, mỗi bảng một tờ A4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n label(s)</source>
        <translation>
            <numerusform>%n nhãn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n label sheet(s) of 14.</source>
        <translation>
            <numerusform>trên %n tờ nhãn 14 ô.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ClockTimeEdit</name>
    <message>
        <source>not set, e.g. 7h30</source>
        <translation>chưa đặt, ví dụ 7h30</translation>
    </message>
    <message>
        <source>Not a time of day: type for example 8, 8:30, 8h30 or 14g.</source>
        <translation>Không phải giờ trong ngày: hãy gõ ví dụ 8, 8:30, 8h30 hoặc 14g.</translation>
    </message>
</context>
<context>
    <name>dd::ConflictDialog</name>
    <message>
        <source>Another desk changed this row</source>
        <translation>Bàn khác đã sửa dòng này</translation>
    </message>
    <message>
        <source>Their value: “%1”</source>
        <translation>Giá trị của họ: “%1”</translation>
    </message>
    <message>
        <source>Your value: “%1”</source>
        <translation>Giá trị của bạn: “%1”</translation>
    </message>
    <message>
        <source>Take their value</source>
        <translation>Lấy giá trị của họ</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Ghi đè</translation>
    </message>
    <message>
        <source>Writes your value over theirs, as a new edit you can undo.</source>
        <translation>Ghi giá trị của bạn đè lên giá trị của họ, thành một thao tác mới có thể hoàn tác.</translation>
    </message>
    <message>
        <source>Another desk removed %1 after you read it; nothing of yours was written.</source>
        <translation>Bàn khác đã xóa %1 sau khi bạn đọc; chưa có gì của bạn được ghi.</translation>
    </message>
    <message>
        <source>Another desk changed %1 after you read it; nothing of yours was written.</source>
        <translation>Bàn khác đã sửa %1 sau khi bạn đọc; chưa có gì của bạn được ghi.</translation>
    </message>
    <message>
        <source>You read: “%1”</source>
        <translation>Bạn đã đọc: “%1”</translation>
    </message>
    <message>
        <source>A row another desk changed since you read it counts as a conflict even when they changed a different field.</source>
        <translation>Dòng đã được bàn khác sửa sau khi bạn đọc vẫn tính là xung đột, kể cả khi họ sửa trường khác.</translation>
    </message>
</context>
<context>
    <name>dd::ConnectServerDialog</name>
    <message>
        <source>e.g. 192.168.1.10 or vanphong-server</source>
        <translation>ví dụ 192.168.1.10 hoặc vanphong-server</translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer&apos;s keychain</source>
        <translation>&amp;Nhớ mật khẩu trong kho khóa của máy này</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Máy chủ:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Cổng:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Cơ sở dữ liệu:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Người dùng:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mật &amp;khẩu:</translation>
    </message>
    <message>
        <source>The password is never written in the settings. Ask the secretariat&apos;s administrator for these details.</source>
        <translation>Mật khẩu không bao giờ được ghi vào phần thiết lập. Hãy hỏi người quản trị của văn phòng các thông tin này.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <source>Give the server and the database.</source>
        <translation>Hãy nhập máy chủ và cơ sở dữ liệu.</translation>
    </message>
</context>
<context>
    <name>dd::Database</name>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>Tệp “%1” không tồn tại.</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read. Check that you may open it and that it is not on a disconnected drive.</source>
        <translation>Không đọc được tệp “%1”. Hãy kiểm tra bạn có quyền mở tệp và tệp không nằm trên ổ đĩa đã ngắt kết nối.</translation>
    </message>
    <message>
        <source>The file “%1” is not a DialogueDesk data file. It was not changed. Choose another file, or create a new one with File ▸ New.</source>
        <translation>Tệp “%1” không phải tệp dữ liệu DialogueDesk. Tệp không bị thay đổi. Hãy chọn tệp khác, hoặc tạo tệp mới bằng Tệp ▸ Tạo tệp dữ liệu mới.</translation>
    </message>
    <message>
        <source>The file “%1” was saved by a newer version of DialogueDesk (data version %2; this program reads up to version %3). It was not changed. Please install the newer version to open it.</source>
        <translation>Tệp “%1” được lưu bằng phiên bản DialogueDesk mới hơn (phiên bản dữ liệu %2; chương trình này chỉ đọc được đến phiên bản %3). Tệp không bị thay đổi. Hãy cài đặt phiên bản mới hơn để mở tệp.</translation>
    </message>
    <message>
        <source>The file “%1” is a database of another program, not a DialogueDesk data file. It was not changed.</source>
        <translation>Tệp “%1” là cơ sở dữ liệu của chương trình khác, không phải tệp dữ liệu DialogueDesk. Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>The file “%1” is already open in DialogueDesk (process %2 on %3). You can open it read-only to look at it.</source>
        <translation>Tệp “%1” đang được mở trong DialogueDesk (tiến trình %2 trên %3). Bạn có thể mở tệp ở chế độ chỉ đọc để xem.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>máy tính này</translation>
    </message>
    <message>
        <source>The SQLite driver is not available.</source>
        <translation>Không có trình điều khiển SQLite.</translation>
    </message>
    <message>
        <source>The upgrade step %1 of the data file is missing.</source>
        <translation>Thiếu bước nâng cấp %1 của tệp dữ liệu.</translation>
    </message>
    <message>
        <source>A copy cannot replace the file that is open.</source>
        <translation>Bản sao không được ghi đè lên tệp đang mở.</translation>
    </message>
    <message>
        <source>The copy could not be written to “%1”: %2</source>
        <translation>Không ghi được bản sao vào “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” exists and cannot be replaced (is it open in another program?).</source>
        <translation>“%1” đã tồn tại và không thay thế được (tệp có đang mở trong chương trình khác không?).</translation>
    </message>
    <message>
        <source>The copy could not be saved as “%1”.</source>
        <translation>Không lưu được bản sao thành “%1”.</translation>
    </message>
    <message>
        <source>links from the table %1 no longer lead anywhere</source>
        <translation>các liên kết từ bảng %1 không còn trỏ tới đâu</translation>
    </message>
    <message>
        <source>Upgrading the data file to version %1 failed, so the file was not changed: %2</source>
        <translation>Nâng cấp tệp dữ liệu lên phiên bản %1 không thành công, nên tệp không bị thay đổi: %2</translation>
    </message>
    <message>
        <source>A change is still being written; try again when it is done.</source>
        <translation>Một thay đổi đang được ghi; hãy thử lại khi ghi xong.</translation>
    </message>
    <message>
        <source>The file “%1” needs an upgrade, and the copy kept before an upgrade could not be written, so it was not changed. %2</source>
        <translation>Tệp “%1” cần nâng cấp, nhưng không ghi được bản sao giữ lại trước khi nâng cấp, nên tệp không bị thay đổi. %2</translation>
    </message>
    <message>
        <source>A copy is not put back onto a server from this desk: copy it into a new empty database with copy-to, or restore the server&apos;s own backup (pg_restore).</source>
        <translation>Không đưa bản sao trở lại máy chủ từ bàn này được: hãy chép nó vào một cơ sở dữ liệu trống mới bằng copy-to, hoặc khôi phục bản sao lưu của chính máy chủ (pg_restore).</translation>
    </message>
    <message>
        <source>The database %1 holds tables that are not DialogueDesk&apos;s; it was not changed. Give DialogueDesk an empty database of its own.</source>
        <translation>Cơ sở dữ liệu %1 chứa các bảng không phải của DialogueDesk; chương trình không thay đổi gì. Hãy dành cho DialogueDesk một cơ sở dữ liệu trống riêng.</translation>
    </message>
    <message>
        <source>The database %1 was last used by a newer DialogueDesk (data version %2; this program knows up to %3). It was not changed: install the newer version on this desk.</source>
        <translation>Cơ sở dữ liệu %1 đã được một phiên bản DialogueDesk mới hơn dùng (phiên bản dữ liệu %2; chương trình này chỉ biết đến %3). Chương trình không thay đổi gì: hãy cài phiên bản mới hơn trên bàn này.</translation>
    </message>
    <message>
        <source>The database %1 needs an upgrade, which a read-only connection cannot do.</source>
        <translation>Cơ sở dữ liệu %1 cần được nâng cấp, việc mà kết nối chỉ đọc không làm được.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt is not installed on this computer (Debian: libqt6sql6-psql).</source>
        <translation>Máy này chưa cài trình điều khiển PostgreSQL của Qt (Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>The server %1 refused the user name or password.</source>
        <translation>Máy chủ %1 từ chối tên người dùng hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>The database %1 does not exist on the server.</source>
        <translation>Trên máy chủ không có cơ sở dữ liệu %1.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached. Check the address, the network and that the server runs.</source>
        <translation>Không kết nối được tới máy chủ %1. Hãy kiểm tra địa chỉ, mạng và xem máy chủ có đang chạy không.</translation>
    </message>
    <message>
        <source>Another desk changed the database while it was being opened; open it again.</source>
        <translation>Một bàn khác đã thay đổi cơ sở dữ liệu trong lúc đang mở; hãy mở lại.</translation>
    </message>
</context>
<context>
    <name>dd::DateField</name>
    <message>
        <source>not set, dd/mm/yyyy</source>
        <translation>chưa đặt, ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Choose on a calendar</source>
        <translation>Chọn trên lịch</translation>
    </message>
    <message>
        <source>Not a date: type day/month/year, for example 15/08/2021.</source>
        <translation>Không phải ngày: hãy gõ ngày/tháng/năm, ví dụ 15/08/2021.</translation>
    </message>
</context>
<context>
    <name>dd::DiscardGuard</name>
    <message>
        <source>Close this form without saving what was typed in it?</source>
        <translation>Đóng biểu mẫu này mà không lưu những gì đã gõ?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Đóng, không lưu</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Tiếp tục sửa</translation>
    </message>
</context>
<context>
    <name>dd::DocumentSettingsDialog</name>
    <message>
        <source>Paper settings</source>
        <translation>Thiết lập giấy tờ</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Phần đầu văn bản</translation>
    </message>
    <message>
        <source>Issuing &amp;body:</source>
        <translation>Tên cơ quan &amp;ban hành:</translation>
    </message>
    <message>
        <source>&amp;Committee:</source>
        <translation>Dòng thứ &amp;hai (tên ban):</translation>
    </message>
    <message>
        <source>&amp;Union line (right):</source>
        <translation>Dòng tên Đoàn (bên &amp;phải):</translation>
    </message>
    <message>
        <source>&amp;Place (before the date):</source>
        <translation>Địa &amp;danh (trước ngày tháng):</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Chữ ký</translation>
    </message>
    <message>
        <source>&amp;On behalf of:</source>
        <translation>&amp;Thẩm quyền ký (TM.):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Chức vụ người ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;name:</source>
        <translation>Họ tên người &amp;ký:</translation>
    </message>
    <message>
        <source>Invitation letters</source>
        <translation>Giấy mời</translation>
    </message>
    <message>
        <source>What to b&amp;ring:</source>
        <translation>Đề nghị &amp;mang theo:</translation>
    </message>
    <message>
        <source>Recipients (“Nơi nhận”), one per line</source>
        <translation>Nơi nhận (mỗi nơi một dòng)</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Loại giấy tờ</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Ký hiệu</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>Số tiếp theo</translation>
    </message>
    <message>
        <source>The data file is open read-only.</source>
        <translation>Tệp dữ liệu đang mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>The issuing body and the union line head every paper: fill them in.</source>
        <translation>Tên cơ quan ban hành và dòng tên Đoàn nằm ở đầu mọi giấy tờ: hãy điền đủ.</translation>
    </message>
    <message>
        <source>Cont&amp;act:</source>
        <translation>&amp;Liên hệ:</translation>
    </message>
    <message>
        <source>empty: left blank, signed by hand</source>
        <translation>để trống: ký và ghi tên bằng tay</translation>
    </message>
    <message>
        <source>Printed under “Người lập” on the budget estimate</source>
        <translation>In dưới dòng “Người lập” của dự trù kinh phí</translation>
    </message>
    <message>
        <source>Budget estimate</source>
        <translation>Dự trù kinh phí</translation>
    </message>
    <message>
        <source>Prepar&amp;ed by:</source>
        <translation>&amp;Người lập:</translation>
    </message>
</context>
<context>
    <name>dd::EventDialog</name>
    <message>
        <source>New event</source>
        <translation>Hội nghị mới</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Sửa thông tin hội nghị</translation>
    </message>
    <message>
        <source>(start empty)</source>
        <translation>(để trống)</translation>
    </message>
    <message>
        <source>Copy settings &amp;from:</source>
        <translation>&amp;Sao chép thiết lập từ:</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(chưa đặt)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tên hội nghị:</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>Đơn &amp;vị tổ chức:</translation>
    </message>
    <message>
        <source>&amp;Based on:</source>
        <translation>&amp;Căn cứ:</translation>
    </message>
    <message>
        <source>Planned &amp;month / year:</source>
        <translation>Dự kiến t&amp;háng / năm:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày tổ chức:</translation>
    </message>
    <message>
        <source>Questions per host unit (minimum):</source>
        <translation>Số ý kiến tối thiểu mỗi đơn vị đầu mối:</translation>
    </message>
    <message>
        <source>Latest &amp;end time:</source>
        <translation>&amp;Giờ kết thúc muộn nhất:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Tạo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Give the event a title.</source>
        <translation>Hãy nhập tên hội nghị.</translation>
    </message>
    <message>
        <source>no limit, e.g. 11h30</source>
        <translation>không giới hạn, ví dụ 11h30</translation>
    </message>
    <message>
        <source>Q&amp;uestions due by:</source>
        <translation>Hạn gửi ý &amp;kiến:</translation>
    </message>
    <message>
        <source>The plan paper prints this text word for word, from the opening paragraph to the closing one: one paragraph per line, **bold**, *italic*. When a date, venue, quota or contact changes, change it here too.</source>
        <translation>Văn bản kế hoạch in nguyên văn nội dung này, từ đoạn mở đầu đến đoạn kết: mỗi dòng một đoạn, **đậm**, *nghiêng*. Khi ngày, địa điểm, số lượng hay người liên hệ thay đổi, hãy sửa cả ở đây.</translation>
    </message>
    <message>
        <source>&amp;Plan text:</source>
        <translation>Nội &amp;dung kế hoạch:</translation>
    </message>
</context>
<context>
    <name>dd::GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the folder of the user guide: vi in the Vietnamese translation</comment>
        <translation>vi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>dd::HiddenRowsCheck</name>
    <message>
        <source>Include the &amp;hidden rows</source>
        <translation>Bao gồm các &amp;hàng bị ẩn</translation>
    </message>
    <message>
        <source>Rows the file hides (hidden, filtered out by an AutoFilter, or in a collapsed group) are usually people struck off the list or an earlier version. They are left out unless you include them all here, or one by one in “Decision”.</source>
        <translation>Các hàng bị ẩn trong tệp (ẩn, bị Bộ lọc tự động lọc bỏ, hoặc nằm trong nhóm đang thu gọn) thường là người đã bị gạch tên hoặc bản cũ. Các hàng này được bỏ qua, trừ khi bạn chọn bao gồm tất cả ở đây, hoặc từng hàng ở cột “Xử lý”.</translation>
    </message>
</context>
<context>
    <name>dd::ImportDialog</name>
    <message>
        <source>Import attendees</source>
        <translation>Nhập danh sách đại biểu</translation>
    </message>
    <message>
        <source>Choose a file, or drop it here: Excel (.xlsx, .xls), LibreOffice (.ods) or CSV.</source>
        <translation>Chọn tệp hoặc kéo thả tệp vào đây: Excel (.xlsx, .xls), LibreOffice (.ods) hoặc CSV.</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Chọn &amp;tệp…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Tự động nhận dạng</translation>
    </message>
    <message>
        <source>For CSV files: the text encoding. Change it when the names look garbled.</source>
        <translation>Với tệp CSV: bảng mã của văn bản. Hãy đổi bảng mã nếu họ tên hiển thị bị lỗi phông chữ.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Bảng mã:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Trang tính:</translation>
    </message>
    <message>
        <source>Sent by:</source>
        <translation>Đơn vị gửi:</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Đọc là</translation>
    </message>
    <message>
        <source>Each column of the file and what it is read as; correct it when a column is read wrongly.</source>
        <translation>Các cột của tệp và cách đọc từng cột; hãy sửa lại nếu cột nào bị đọc sai.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns of the file&lt;/b&gt;</source>
        <translation>&lt;b&gt;Các cột của tệp&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The file is open read-only: nothing can be imported.</source>
        <translation>Tệp dữ liệu đang mở ở chế độ chỉ đọc: không thể nhập.</translation>
    </message>
    <message>
        <source>Spreadsheets and CSV (*.xlsx *.xls *.ods *.csv *.txt);;All files (*)</source>
        <translation>Bảng tính và CSV (*.xlsx *.xls *.ods *.csv *.txt);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>File: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Tệp: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Stopped. Nothing was imported.</source>
        <translation>Đã dừng. Chưa nhập dữ liệu nào.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Đang đọc…</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Không đọc được tệp.</translation>
    </message>
    <message>
        <source>(the only sheet)</source>
        <translation>(trang tính duy nhất)</translation>
    </message>
    <message>
        <source>No header row was found in this sheet (a row with “Họ và tên”, “Đơn vị”, …). Check that it is the list of people, or choose another sheet.</source>
        <translation>Không tìm thấy dòng tiêu đề trong trang tính này (dòng có “Họ và tên”, “Đơn vị”, …). Hãy kiểm tra xem đây có đúng là danh sách đại biểu không, hoặc chọn trang tính khác.</translation>
    </message>
    <message>
        <source>Checking rows…</source>
        <translation>Đang kiểm tra các dòng…</translation>
    </message>
    <message>
        <source>No column is read as the name: choose “Full name” (or “Given name”) for the column that holds it.</source>
        <translation>Chưa có cột nào được đọc là họ tên: hãy chọn “Họ và tên” (hoặc “Tên”) cho cột chứa họ tên.</translation>
    </message>
    <message numerus="yes">
        <source>%n will be imported</source>
        <translation>
            <numerusform>sẽ nhập %n người</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>cập nhật %n người</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n dòng trùng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with errors</source>
        <translation>
            <numerusform>%n dòng có lỗi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n dòng có cảnh báo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new unit(s)</source>
        <translation>
            <numerusform>%n đơn vị mới</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n</source>
        <translation>
            <numerusform>&amp;Nhập %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Chưa nhập được dữ liệu nào: %1</translation>
    </message>
    <message>
        <source>The union that sent the list: its people count against its quota, and the column mapping is remembered for it.</source>
        <translation>Đơn vị gửi danh sách: người trong danh sách được tính vào chỉ tiêu của đơn vị này, và cách đọc các cột được ghi nhớ cho đơn vị.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Units not in the directory&lt;/b&gt;: create each, or say which unit it is.</source>
        <translation>&lt;b&gt;Đơn vị chưa có trong danh mục&lt;/b&gt;: tạo mới, hoặc chọn đơn vị tương ứng.</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Trong tệp</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Xếp vào</translation>
    </message>
    <message>
        <source>People whose unit is neither created nor chosen go to the union that sent the list, with the unit&apos;s name in their note; without one they are left out.</source>
        <translation>Người có đơn vị không được tạo hay chọn sẽ được xếp vào đơn vị gửi danh sách, tên đơn vị ghi vào ghi chú; nếu không có đơn vị gửi thì không nhập.</translation>
    </message>
    <message>
        <source>Sent by %1: remembered for the title line “%2”.</source>
        <translation>Đơn vị gửi: %1, đã ghi nhớ cho dòng tiêu đề “%2”.</translation>
    </message>
    <message>
        <source>Sent by %1, as the file&apos;s title line “%2” says.</source>
        <translation>Đơn vị gửi: %1, theo dòng tiêu đề “%2” của tệp.</translation>
    </message>
    <message>
        <source>The file does not say which union sent it, and no column names units of the directory: choose the union in “Sent by”.</source>
        <translation>Tệp không ghi đơn vị gửi, và không có cột nào ghi đơn vị trong danh mục: hãy chọn đơn vị ở ô “Đơn vị gửi”.</translation>
    </message>
    <message>
        <source>%1 (the sender)</source>
        <translation>%1 (đơn vị gửi)</translation>
    </message>
    <message>
        <source>(left out)</source>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <source>Create this unit</source>
        <translation>Tạo đơn vị này</translation>
    </message>
    <message numerus="yes">
        <source>%n possibly the same</source>
        <translation>
            <numerusform>%n người có thể trùng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a unit</source>
        <translation>
            <numerusform>%n người không có đơn vị</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent by %1, as the file&apos;s name “%2” says (nothing inside the file says it).</source>
        <translation>Đơn vị gửi: %1, theo tên tệp “%2” (trong tệp không ghi đơn vị gửi).</translation>
    </message>
    <message numerus="yes">
        <source>This file holds %n lists, one per sheet: import them one after another, choosing each in “Sheet”.</source>
        <translation>
            <numerusform>Tệp này có %n danh sách, mỗi trang tính một danh sách: hãy nhập lần lượt từng danh sách, chọn trang tính ở ô “Trang tính”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent by %1, as the signature under the list “%2” says.</source>
        <translation>Đơn vị gửi: %1, theo phần chữ ký dưới danh sách “%2”.</translation>
    </message>
    <message>
        <source>%1 (hidden in the file)</source>
        <translation>%1 (bị ẩn trong tệp)</translation>
    </message>
    <message>
        <source>The sheet “%1” is hidden in the file.</source>
        <translation>Trang tính “%1” bị ẩn trong tệp.</translation>
    </message>
    <message numerus="yes">
        <source>The file also holds a list on the hidden sheet(s) %1, not read: choose it in “Sheet” to read it.</source>
        <translation>
            <numerusform>Tệp còn có danh sách trên trang tính bị ẩn %1, chưa được đọc: chọn trang đó ở “Trang tính” để đọc.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) hidden in the file are imported like the others.</source>
        <translation>
            <numerusform>%n hàng bị ẩn trong tệp được nhập như các hàng khác.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) hidden in the file (hidden, filtered out or in a collapsed group) are shown greyed and left out: usually people struck off the list or an earlier version.</source>
        <translation>
            <numerusform>%n hàng bị ẩn trong tệp (ẩn, bị lọc bỏ hoặc nằm trong nhóm đang thu gọn) được hiện màu xám và bỏ qua: thường là người đã bị gạch tên hoặc bản cũ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden, left out</source>
        <translation>
            <numerusform>bỏ qua %n hàng bị ẩn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Không nhập</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Nơi công tác</translation>
    </message>
    <message>
        <source>Possibly the same: imported</source>
        <translation>Có thể trùng: vẫn nhập</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Câu hỏi</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Waits for a unit</source>
        <translation>Chờ chọn đơn vị</translation>
    </message>
    <message>
        <source>Topic %1</source>
        <translation>Chủ đề %1</translation>
    </message>
</context>
<context>
    <name>dd::LiveQuestionsWindow</name>
    <message>
        <source>Live: questions at the dialogue</source>
        <translation>Trực tiếp: ý kiến tại buổi đối thoại</translation>
    </message>
    <message>
        <source>&amp;Answer this one</source>
        <translation>T&amp;rả lời ý kiến này</translation>
    </message>
    <message>
        <source>Mark the selected question as the one being answered (Enter)</source>
        <translation>Đánh dấu ý kiến đang chọn là ý kiến đang được trả lời (Enter)</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>Trướ&amp;c</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Sau</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <source>Earlier in the running order (Alt+Up)</source>
        <translation>Lên trước trong thứ tự trả lời (Alt+mũi tên lên)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <source>Later in the running order (Alt+Down)</source>
        <translation>Xuống sau trong thứ tự trả lời (Alt+mũi tên xuống)</translation>
    </message>
    <message>
        <source>Pro&amp;jector</source>
        <translation>&amp;Máy chiếu</translation>
    </message>
    <message>
        <source>Show the current question in large type on a second screen</source>
        <translation>Hiện ý kiến đang trả lời bằng chữ lớn trên màn hình thứ hai</translation>
    </message>
    <message>
        <source>The answer as it is given (saved when you leave the field)</source>
        <translation>Nội dung trả lời ngay khi phát biểu (được lưu khi rời khỏi ô này)</translation>
    </message>
    <message>
        <source>Who answers</source>
        <translation>Người trả lời</translation>
    </message>
    <message>
        <source>&lt;b&gt;Being answered&lt;/b&gt;</source>
        <translation>&lt;b&gt;Đang trả lời&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Trả lời:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Running order&lt;/b&gt; (drag, or Alt+Up/Down)</source>
        <translation>&lt;b&gt;Thứ tự trả lời&lt;/b&gt; (kéo thả, hoặc Alt+mũi tên lên/xuống)</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(không có đơn vị)</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Người hỏi</translation>
    </message>
    <message>
        <source>New question from the room or a livestream comment — Enter adds it</source>
        <translation>Ý kiến mới phát biểu tại hội nghị hoặc bình luận trên livestream — nhấn Enter để thêm</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>No question is marked as current. Select one and press Enter.</source>
        <translation>Chưa có ý kiến nào được đánh dấu đang trả lời. Hãy chọn một ý kiến rồi nhấn Enter.</translation>
    </message>
    <message>
        <source>add a question from the floor</source>
        <translation>thêm ý kiến phát biểu tại hội nghị</translation>
    </message>
</context>
<context>
    <name>dd::MailFetchDialog</name>
    <message>
        <source>Questions from the mailbox</source>
        <translation>Ý kiến từ hộp thư</translation>
    </message>
    <message numerus="yes">
        <source>%n new message(s); %1 read by an earlier fetch. Nothing is deleted or moved on the server.</source>
        <translation>
            <numerusform>%n thư mới; %1 thư đã đọc ở lần nhận trước. Trên máy chủ không có thư nào bị xóa hay chuyển đi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Không đọc được: %1</translation>
    </message>
    <message>
        <source>Attendee list — %1 — %2</source>
        <translation>Danh sách đại biểu — %1 — %2</translation>
    </message>
    <message>
        <source>unit unknown (%1)</source>
        <translation>chưa rõ đơn vị (%1)</translation>
    </message>
    <message>
        <source>Import the &amp;list…</source>
        <translation>Nhập danh &amp;sách…</translation>
    </message>
    <message>
        <source>Opens the attendee import on the file, with the union that sent it as the sending unit</source>
        <translation>Mở hộp thoại nhập danh sách đại biểu với tệp này, đơn vị gửi là đơn vị đã gửi thư</translation>
    </message>
    <message>
        <source>Set the mailbox first in Edit ▸ Preferences ▸ E-mail.</source>
        <translation>Hãy khai báo hộp thư trước ở Sửa ▸ Tùy chọn ▸ Thư điện tử.</translation>
    </message>
    <message>
        <source>Password of %1:</source>
        <translation>Mật khẩu của %1:</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <source>Message %1 of %2…</source>
        <translation>Thư %1/%2…</translation>
    </message>
    <message numerus="yes">
        <source>No new message in %1 (%n read by an earlier fetch).</source>
        <translation>
            <numerusform>Không có thư mới trong %1 (%n thư đã đọc ở lần nhận trước).</numerusform>
        </translation>
    </message>
    <message>
        <source>Left in the mailbox, offered again at the next fetch: %1</source>
        <translation>Còn để lại trong hộp thư, lần nhận sau sẽ đưa ra lại: %1</translation>
    </message>
</context>
<context>
    <name>dd::MailSendDialog</name>
    <message>
        <source>Send by e-mail</source>
        <translation>Gửi qua thư điện tử</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Địa chỉ thư điện tử</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Gửi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Send by &amp;e-mail…</source>
        <translation>Gửi qua thư điện &amp;tử…</translation>
    </message>
    <message>
        <source>Each unit its own PDF, to its address in the unit directory</source>
        <translation>Mỗi đơn vị một tệp PDF riêng, gửi đến địa chỉ trong danh mục đơn vị</translation>
    </message>
    <message>
        <source>No e-mail address: skipped (fill it in Edit ▸ Units)</source>
        <translation>Chưa có địa chỉ thư: bỏ qua (điền ở Sửa ▸ Đơn vị)</translation>
    </message>
    <message>
        <source>Sent at %1</source>
        <translation>Đã gửi lúc %1</translation>
    </message>
    <message>
        <source>Sent at %1 to %2</source>
        <translation>Đã gửi lúc %1 đến %2</translation>
    </message>
    <message>
        <source>Will be sent</source>
        <translation>Sẽ gửi</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) have an address</source>
        <translation>
            <numerusform>%n đơn vị có địa chỉ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be skipped (no address)</source>
        <translation>
            <numerusform>%n đơn vị sẽ bỏ qua (không có địa chỉ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received it before</source>
        <translation>
            <numerusform>%n đơn vị đã nhận trước đó</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent at %1 — send again?</source>
        <translation>Đã gửi lúc %1 — gửi lại?</translation>
    </message>
    <message>
        <source>Already received by: %1.</source>
        <translation>Đã nhận: %1.</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Gửi lại</translation>
    </message>
    <message>
        <source>Only the others</source>
        <translation>Chỉ gửi đơn vị chưa nhận</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Đang gửi…</translation>
    </message>
    <message>
        <source>Message %1 of %2…</source>
        <translation>Thư %1/%2…</translation>
    </message>
    <message>
        <source>Sent to %1: %2</source>
        <translation>Đã gửi đến %1: %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Lỗi: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Không gửi: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) sent.</source>
        <translation>
            <numerusform>Đã gửi %n thư.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed at %1 (%2): will be sent again</source>
        <translation>Gửi lỗi lúc %1 (%2): sẽ gửi lại</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) failed (kept in the log).</source>
        <translation>
            <numerusform>%n thư gửi lỗi (đã ghi vào nhật ký).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::MailSettingsPage</name>
    <message>
        <source>TLS from the start</source>
        <translation>TLS ngay từ đầu</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (a test server on this computer only)</source>
        <translation>Không mã hóa (chỉ cho máy chủ thử trên máy này)</translation>
    </message>
    <message>
        <source>unchanged when left empty</source>
        <translation>để trống thì giữ nguyên</translation>
    </message>
    <message>
        <source>The folder or Gmail label read, e.g. INBOX or “Đối thoại 2021”.</source>
        <translation>Thư mục hoặc nhãn Gmail cần đọc, ví dụ INBOX hoặc “Đối thoại 2021”.</translation>
    </message>
    <message>
        <source>Left empty: the mailbox password is used for sending too.</source>
        <translation>Để trống: dùng mật khẩu hộp thư để gửi.</translation>
    </message>
    <message>
        <source>Empty: the event&apos;s address for questions.</source>
        <translation>Để trống: dùng địa chỉ nhận ý kiến của hội nghị.</translation>
    </message>
    <message>
        <source>Empty: the event&apos;s organiser.</source>
        <translation>Để trống: dùng tên cơ quan tổ chức hội nghị.</translation>
    </message>
    <message>
        <source>Mailbox (IMAP)</source>
        <translation>Hộp thư (IMAP)</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Máy chủ:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Cổng:</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Bảo mật:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Tài khoản:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Folder or label:</source>
        <translation>Thư mục hoặc nhãn:</translation>
    </message>
    <message>
        <source>Sending (SMTP)</source>
        <translation>Gửi thư (SMTP)</translation>
    </message>
    <message>
        <source>Sending address:</source>
        <translation>Địa chỉ gửi:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>Tên hiển thị:</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>The passwords are kept in the system keychain, never in the settings or the data file. For Gmail, use an app password.</source>
        <translation>Mật khẩu được giữ trong kho khóa của hệ thống, không bao giờ lưu trong phần cài đặt hay tệp dữ liệu. Với Gmail, hãy dùng mật khẩu ứng dụng.</translation>
    </message>
    <message>
        <source>Fill in a server first.</source>
        <translation>Hãy điền máy chủ trước.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Đang kiểm tra kết nối…</translation>
    </message>
    <message>
        <source>IMAP: logged in, folder “%1” found.</source>
        <translation>IMAP: đăng nhập được, có thư mục “%1”.</translation>
    </message>
    <message>
        <source>IMAP: %1</source>
        <translation>IMAP: %1</translation>
    </message>
    <message>
        <source>SMTP: connected and logged in.</source>
        <translation>SMTP: kết nối và đăng nhập được.</translation>
    </message>
    <message>
        <source>SMTP: %1</source>
        <translation>SMTP: %1</translation>
    </message>
</context>
<context>
    <name>dd::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;New data file…</source>
        <translation>&amp;Tạo tệp dữ liệu mới…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Lưu &amp;bản sao…</translation>
    </message>
    <message>
        <source>New &amp;event…</source>
        <translation>Tạo &amp;hội nghị mới…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Tùy chọn…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>X&amp;em</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Tổng quan</translation>
    </message>
    <message>
        <source>&amp;Attendees</source>
        <translation>Đại &amp;biểu</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>Ý &amp;kiến</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Chương trình</translation>
    </message>
    <message>
        <source>P&amp;lans</source>
        <translation>&amp;Phương án</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About DialogueDesk</source>
        <translation>&amp;Giới thiệu DialogueDesk</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Hội nghị:</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Đại biểu</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Phương án</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Hoàn tác: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Làm lại: %1</translation>
    </message>
    <message>
        <source>Active plan: %1</source>
        <translation>Phương án đang áp dụng: %1</translation>
    </message>
    <message>
        <source>No event</source>
        <translation>Chưa có hội nghị</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (chỉ đọc)</translation>
    </message>
    <message>
        <source>Sample event</source>
        <translation>Hội nghị mẫu</translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>Tệp đang được sử dụng</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>Mở tệp ở chế độ chỉ đọc?</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Không mở được tệp</translation>
    </message>
    <message>
        <source>The file was upgraded; the old version was kept as %1</source>
        <translation>Tệp đã được nâng cấp; bản cũ được giữ lại tại %1</translation>
    </message>
    <message>
        <source>New data file</source>
        <translation>Tạo tệp dữ liệu mới</translation>
    </message>
    <message>
        <source>DialogueDesk data (*.sqlite)</source>
        <translation>Dữ liệu DialogueDesk (*.sqlite)</translation>
    </message>
    <message>
        <source>“%1” already exists. It is opened as it is; nothing is overwritten.</source>
        <translation>“%1” đã tồn tại. Tệp được mở nguyên trạng; không có gì bị ghi đè.</translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation>Mở tệp dữ liệu</translation>
    </message>
    <message>
        <source>DialogueDesk data (*.sqlite);;All files (*)</source>
        <translation>Dữ liệu DialogueDesk (*.sqlite);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Lưu bản sao</translation>
    </message>
    <message>
        <source>A copy was saved as %1</source>
        <translation>Đã lưu bản sao tại %1</translation>
    </message>
    <message>
        <source>About DialogueDesk</source>
        <translation>Giới thiệu DialogueDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DialogueDesk %1&lt;/h3&gt;&lt;p&gt;Prepares a meeting and dialogue between the provincial Youth Union leaders and the executive committees of young workers&apos; union branches: attendees, questions, programme, the in-person or online plan, and the papers.&lt;/p&gt;&lt;p&gt;Data file: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DialogueDesk %1&lt;/h3&gt;&lt;p&gt;Chuẩn bị hội nghị gặp gỡ, đối thoại giữa lãnh đạo Tỉnh đoàn với Ban Chấp hành Chi đoàn, Chi hội thanh niên công nhân: đại biểu, ý kiến, chương trình, phương án trực tiếp hoặc trực tuyến và giấy tờ.&lt;/p&gt;&lt;p&gt;Tệp dữ liệu: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>&amp;Papers</source>
        <translation>Giấ&amp;y tờ</translation>
    </message>
    <message>
        <source>&amp;Invitation letters…</source>
        <translation>&amp;Giấy mời…</translation>
    </message>
    <message>
        <source>&amp;Unit invitation letters…</source>
        <translation>Giấy mời gửi đơn &amp;vị…</translation>
    </message>
    <message>
        <source>&amp;Delegate list…</source>
        <translation>&amp;Danh sách đại biểu…</translation>
    </message>
    <message>
        <source>&amp;Sign-in sheet…</source>
        <translation>Danh sách &amp;ký tên…</translation>
    </message>
    <message>
        <source>P&amp;rogramme…</source>
        <translation>&amp;Chương trình…</translation>
    </message>
    <message>
        <source>&amp;Compiled questions…</source>
        <translation>&amp;Tổng hợp ý kiến…</translation>
    </message>
    <message>
        <source>&amp;Online notice…</source>
        <translation>Thông báo theo dõi t&amp;rực tuyến…</translation>
    </message>
    <message>
        <source>P&amp;lan…</source>
        <translation>Kế &amp;hoạch…</translation>
    </message>
    <message>
        <source>Paper se&amp;ttings…</source>
        <translation>Thiết &amp;lập giấy tờ…</translation>
    </message>
    <message>
        <source>&amp;Units…</source>
        <translation>Đơn &amp;vị…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Bản sao lưu…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Xóa dữ liệu cá nhân…</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Đã mở ở chế độ chỉ đọc</translation>
    </message>
    <message>
        <source>The backup was restored; the state before it was kept as %1</source>
        <translation>Đã khôi phục bản sao lưu; trạng thái trước đó được giữ tại %1</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Xóa dữ liệu cá nhân</translation>
    </message>
    <message numerus="yes">
        <source>Erase the phone numbers, e-mail addresses and birth years of the %n people of “%1” who have any (Decree 13/2023/NĐ-CP)? Names, units, roles, invitations, check-ins and every count stay. A backup is taken first; the erasure cannot be undone with Edit ▸ Undo, and older backups that are no longer kept are deleted.</source>
        <translation>
            <numerusform>Xóa số điện thoại, địa chỉ e-mail và năm sinh của %n người dự “%1” có các thông tin này (Nghị định 13/2023/NĐ-CP)? Họ tên, đơn vị, vai trò, thư mời, điểm danh và mọi số liệu được giữ nguyên. Tệp được sao lưu trước; việc xóa không hoàn tác được bằng Sửa ▸ Hoàn tác, và các bản sao lưu cũ không còn được giữ sẽ bị xóa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message numerus="yes">
        <source>The personal data of %n people was erased; the backup taken before is %1</source>
        <translation>
            <numerusform>Đã xóa dữ liệu cá nhân của %n người; bản sao lưu trước khi xóa là %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import and export</source>
        <translation>&amp;Nhập và xuất</translation>
    </message>
    <message>
        <source>Import &amp;attendees…</source>
        <translation>Nhập đại &amp;biểu…</translation>
    </message>
    <message>
        <source>E&amp;xport attendees…</source>
        <translation>&amp;Xuất đại biểu…</translation>
    </message>
    <message>
        <source>Import &amp;questions (e-mails)…</source>
        <translation>Nhập ý &amp;kiến (thư điện tử)…</translation>
    </message>
    <message>
        <source>Export q&amp;uestions for an agency…</source>
        <translation>Xuất ý kiến cho &amp;cơ quan…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Tìm &amp;kiếm</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>[Sample] %1</source>
        <translation>[Mẫu] %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>A field of the Plans tab was changed and not yet applied. Save the change?</source>
        <translation>Một ô trong thẻ Phương án đã được sửa nhưng chưa lưu. Lưu thay đổi này?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Covering letter to an &amp;agency…</source>
        <translation>Công văn chuyển đến &amp;cơ quan…</translation>
    </message>
    <message>
        <source>The plan&apos;s text</source>
        <translation>Nội dung kế hoạch</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>Kinh p&amp;hí</translation>
    </message>
    <message>
        <source>&amp;Budget estimate…</source>
        <translation>Dự trù kinh &amp;phí…</translation>
    </message>
    <message>
        <source>Bad&amp;ges…</source>
        <translation>Thẻ đại &amp;biểu…</translation>
    </message>
    <message>
        <source>&amp;Place cards…</source>
        <translation>Bả&amp;ng tên đặt bàn…</translation>
    </message>
    <message>
        <source>&amp;Envelope labels…</source>
        <translation>Nhãn ph&amp;ong bì…</translation>
    </message>
    <message>
        <source>Results report after t&amp;he day…</source>
        <translation>Báo cáo kết &amp;quả…</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Kinh phí</translation>
    </message>
    <message>
        <source>Connect to &amp;server…</source>
        <translation>Kết nối &amp;máy chủ…</translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation>Kết nối máy chủ</translation>
    </message>
    <message>
        <source>Cop&amp;y to server…</source>
        <translation>Ché&amp;p lên máy chủ…</translation>
    </message>
    <message>
        <source>Questions from the &amp;mailbox…</source>
        <translation>Ý kiến từ &amp;hộp thư…</translation>
    </message>
</context>
<context>
    <name>dd::OverviewPage</name>
    <message>
        <source>Edit event…</source>
        <translation>Sửa thông tin hội nghị…</translation>
    </message>
    <message>
        <source>Add task…</source>
        <translation>Thêm nhiệm vụ…</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Xóa nhiệm vụ</translation>
    </message>
    <message>
        <source>Seats per unit (counted / quota)</source>
        <translation>Số chỗ theo đơn vị (dự kiến / chỉ tiêu)</translation>
    </message>
    <message>
        <source>Questions per host unit (received / minimum)</source>
        <translation>Ý kiến theo đơn vị đầu mối (đã nhận / tối thiểu)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Cần xử lý</translation>
    </message>
    <message>
        <source>No event yet: create one with File ▸ New event.</source>
        <translation>Chưa có hội nghị nào: hãy tạo bằng Tệp ▸ Tạo hội nghị mới.</translation>
    </message>
    <message>
        <source>Organiser: %1</source>
        <translation>Đơn vị tổ chức: %1</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Ngày tổ chức: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>còn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>hôm nay</translation>
    </message>
    <message>
        <source>Planned for %1/%2 (no date set yet)</source>
        <translation>Dự kiến tháng %1/%2 (chưa ấn định ngày)</translation>
    </message>
    <message>
        <source>Active plan: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Phương án đang áp dụng: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Questions due by %1</source>
        <translation>Hạn gửi ý kiến: %1</translation>
    </message>
    <message>
        <source>Click to open the tab where this is fixed</source>
        <translation>Nhấp để mở thẻ cần xử lý mục này</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Không có việc cần xử lý.</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>Thêm nhiệm vụ</translation>
    </message>
    <message>
        <source>What is to be done:</source>
        <translation>Nội dung công việc:</translation>
    </message>
    <message>
        <source>Personal data (phones, e-mails, birth years) erased on %1</source>
        <translation>Dữ liệu cá nhân (điện thoại, e-mail, năm sinh) đã được xóa lúc %1</translation>
    </message>
    <message>
        <source>Viewers per unit online (joined / expected)</source>
        <translation>Người xem trực tuyến theo đơn vị (đã vào / dự kiến)</translation>
    </message>
    <message numerus="yes">
        <source>Invitations sent by e-mail: %1/%n unit(s)</source>
        <translation>
            <numerusform>Giấy mời đã gửi qua thư điện tử: %1/%n đơn vị</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an e-mail address</source>
        <translation>
            <numerusform>%n đơn vị chưa có địa chỉ thư</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed to send</source>
        <translation>
            <numerusform>%n thư gửi lỗi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::PaperDialog</name>
    <message>
        <source>Print a paper</source>
        <translation>In giấy tờ</translation>
    </message>
    <message>
        <source>Everyone of one u&amp;nit:</source>
        <translation>&amp;Mọi người của một đơn vị:</translation>
    </message>
    <message>
        <source>The data file is open read-only, so no number can be taken.</source>
        <translation>Tệp dữ liệu đang mở ở chế độ chỉ đọc nên không lấy số được.</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Loại giấy tờ:</translation>
    </message>
    <message>
        <source>Letters &amp;to:</source>
        <translation>&amp;Gửi cho:</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>Nhóm t&amp;heo:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Số:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Xem trước…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Lưu thành &amp;PDF…</translation>
    </message>
    <message>
        <source>One PDF per unit into a &amp;folder…</source>
        <translation>Lưu &amp;riêng PDF từng đơn vị vào thư mục…</translation>
    </message>
    <message>
        <source>Preview, print or save as PDF: %1</source>
        <translation>Xem trước, in hoặc lưu PDF: %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Agency the questions are forwarded to</source>
        <translation>Cơ quan được chuyển ý kiến</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Mọi đơn vị</translation>
    </message>
    <message>
        <source>Take the next number (%1)</source>
        <translation>Lấy số tiếp theo (%1)</translation>
    </message>
    <message>
        <source>Print: %1</source>
        <translation>In: %1</translation>
    </message>
    <message numerus="yes">
        <source>The %n people selected on the Attendees tab</source>
        <translation>
            <numerusform>%n người đã chọn ở thẻ Đại biểu</numerusform>
        </translation>
    </message>
    <message>
        <source>The people selected on the Attendees tab (nobody is selected)</source>
        <translation>Những người đã chọn ở thẻ Đại biểu (chưa chọn ai)</translation>
    </message>
    <message numerus="yes">
        <source>Everyone not yet invited (%n)</source>
        <translation>
            <numerusform>Mọi người chưa được mời (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s), one page each.</source>
        <translation>
            <numerusform>%n giấy mời, mỗi giấy một trang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s), one to each unit.</source>
        <translation>
            <numerusform>%n giấy mời, mỗi đơn vị một giấy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people on the list.</source>
        <translation>
            <numerusform>%n người trong danh sách.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nobody to write an invitation to with this choice. Select people on the Attendees tab or choose another option.</source>
        <translation>Với lựa chọn này, không có ai để làm giấy mời. Hãy chọn người ở thẻ Đại biểu hoặc chọn cách khác.</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Xem trước: %1</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Đã gửi đến máy in.</translation>
    </message>
    <message>
        <source>Sent to the printer with the number %1.</source>
        <translation>Đã gửi đến máy in với số %1.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu thành PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Đã lưu %1 (%n trang).</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for one PDF per unit</source>
        <translation>Thư mục lưu PDF của từng đơn vị</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) in %1.</source>
        <translation>
            <numerusform>Đã lưu %n tệp vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark as invited</source>
        <translation>Đánh dấu đã mời</translation>
    </message>
    <message numerus="yes">
        <source>Mark these %n people as invited?</source>
        <translation>
            <numerusform>Đánh dấu %n người này là đã mời?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their status becomes “invited” with today&apos;s date. Edit ▸ Undo reverts it.</source>
        <translation>Tình trạng của họ sẽ thành “đã mời” với ngày hôm nay. Có thể trả lại như cũ bằng Sửa ▸ Hoàn tác.</translation>
    </message>
    <message>
        <source>Start a new sheet for each unit</source>
        <translation>Mỗi đơn vị một trang riêng</translation>
    </message>
    <message>
        <source>Also list those who declined or were replaced</source>
        <translation>Ghi cả những người không dự hoặc đã có người thay</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Ghi ngày</translation>
    </message>
    <message>
        <source>By a date</source>
        <translation>Trước ngày</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Cơ quan:</translation>
    </message>
    <message>
        <source>Signing &amp;date:</source>
        <translation>&amp;Ngày ký:</translation>
    </message>
    <message>
        <source>Answers asked:</source>
        <translation>Đề nghị trả lời:</translation>
    </message>
    <message>
        <source>Save as &amp;ODT…</source>
        <translation>Lưu thành &amp;ODT…</translation>
    </message>
    <message>
        <source>An OpenDocument text to make a last change in LibreOffice or Word before signing; the PDF stays the reference.</source>
        <translation>Văn bản OpenDocument để sửa lần cuối bằng LibreOffice hoặc Word trước khi ký; bản PDF vẫn là bản chuẩn.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n question(s))</source>
        <translation>
            <numerusform>%1 (%n câu hỏi)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every unit taking part</source>
        <translation>Mọi đơn vị tham gia</translation>
    </message>
    <message>
        <source>All district and directly affiliated unions</source>
        <translation>Tất cả Đoàn cấp huyện và Đoàn trực thuộc</translation>
    </message>
    <message numerus="yes">
        <source>Everyone who gets a letter (%n)</source>
        <translation>
            <numerusform>Mọi người nhận giấy mời (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the people selected get no personal letter: without a name, of the organiser&apos;s own units, declined, or the signer.</source>
        <translation>
            <numerusform>%n người được chọn không nhận giấy mời đích danh: chưa có tên, thuộc đơn vị tổ chức, đã từ chối, hoặc là người ký.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) go with the letter; they are recorded as forwarded on the signing date (today when the letter is not dated).</source>
        <translation>
            <numerusform>Công văn kèm %n câu hỏi; các câu hỏi được ghi nhận đã chuyển vào ngày ký (hôm nay nếu công văn không ghi ngày).</numerusform>
        </translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Văn bản OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Save as ODT</source>
        <translation>Lưu thành ODT</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
    <message>
        <source>Rol&amp;e:</source>
        <translation>Vai &amp;trò:</translation>
    </message>
    <message>
        <source>Your words:</source>
        <translation>Phần viết thêm:</translation>
    </message>
</context>
<context>
    <name>dd::PasswordKeychain</name>
    <message>
        <source>The password could not be kept in this computer&apos;s keychain (%1); it will be asked for again.</source>
        <translation>Không lưu được mật khẩu vào kho khóa của máy này (%1); lần sau chương trình sẽ hỏi lại.</translation>
    </message>
</context>
<context>
    <name>dd::PgDialect</name>
    <message>
        <source>Another desk was changing the same rows at that moment; nothing was changed. Try again.</source>
        <translation>Lúc đó một bàn khác đang sửa chính những dòng này; chưa có gì thay đổi. Hãy thử lại.</translation>
    </message>
    <message>
        <source>The server %1 refused the user name or password.</source>
        <translation>Máy chủ %1 từ chối tên người dùng hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>The database %1 does not exist on the server.</source>
        <translation>Trên máy chủ không có cơ sở dữ liệu %1.</translation>
    </message>
    <message>
        <source>The user may not change this data on the server %1 (ask the server&apos;s administrator for write access).</source>
        <translation>Người dùng này không được sửa dữ liệu trên máy chủ %1 (hãy xin người quản trị máy chủ quyền ghi).</translation>
    </message>
    <message>
        <source>The server %1 has no disk space left; nothing was changed.</source>
        <translation>Máy chủ %1 đã hết dung lượng đĩa; chưa có gì thay đổi.</translation>
    </message>
    <message>
        <source>The connection to the server %1 failed or was lost; nothing was changed. Check the network and that the server runs, then open it again.</source>
        <translation>Kết nối tới máy chủ %1 không thành công hoặc bị mất; chưa có gì thay đổi. Hãy kiểm tra mạng và máy chủ, rồi mở lại.</translation>
    </message>
    <message>
        <source>The server %1 refused the change (error %2); nothing was changed.</source>
        <translation>Máy chủ %1 từ chối thay đổi (lỗi %2); chưa có gì thay đổi.</translation>
    </message>
</context>
<context>
    <name>dd::PlanSwitchModel</name>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sang</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>dd::PlansPage</name>
    <message>
        <source>&lt;b&gt;Switches&lt;/b&gt; (Edit ▸ Undo reverts the last one)</source>
        <translation>&lt;b&gt;Các lần chuyển phương án&lt;/b&gt; (Sửa ▸ Hoàn tác để hủy lần gần nhất)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>không giới hạn</translation>
    </message>
    <message>
        <source>Used when:</source>
        <translation>Áp dụng khi:</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Địa điểm:</translation>
    </message>
    <message>
        <source>Livestream:</source>
        <translation>Livestream:</translation>
    </message>
    <message>
        <source>Capacity:</source>
        <translation>Sức chứa:</translation>
    </message>
    <message>
        <source>Start time:</source>
        <translation>Giờ bắt đầu:</translation>
    </message>
    <message>
        <source>%1 — active</source>
        <translation>%1 — đang áp dụng</translation>
    </message>
    <message>
        <source>Expected attendees: %1 of %2 seats</source>
        <translation>Đại biểu dự kiến: %1/%2 chỗ</translation>
    </message>
    <message>
        <source>Expected attendees: %1</source>
        <translation>Đại biểu dự kiến: %1</translation>
    </message>
    <message>
        <source>Over capacity by %1</source>
        <translation>Vượt sức chứa %1 người</translation>
    </message>
    <message>
        <source>Papers: invitation letters with the hall address</source>
        <translation>Giấy tờ: giấy mời có địa chỉ hội trường</translation>
    </message>
    <message>
        <source>The seat quota does not apply; branches watch the livestream.</source>
        <translation>Không áp dụng chỉ tiêu đại biểu; các chi đoàn, chi hội theo dõi qua livestream.</translation>
    </message>
    <message>
        <source>Papers: the notice with the livestream address</source>
        <translation>Giấy tờ: thông báo có địa chỉ livestream</translation>
    </message>
    <message numerus="yes">
        <source>Programme: %n item(s), %1 minutes</source>
        <translation>
            <numerusform>Chương trình: %n mục, %1 phút</numerusform>
        </translation>
    </message>
    <message>
        <source>Active plan: %1</source>
        <translation>Phương án đang áp dụng: %1</translation>
    </message>
    <message>
        <source>Switch to %1…</source>
        <translation>Chuyển sang %1…</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Chuyển sang %1</translation>
    </message>
    <message>
        <source>e.g. the province applies Directive 15/CT-TTg</source>
        <translation>VD: tỉnh thực hiện Chỉ thị 15/CT-TTg</translation>
    </message>
    <message>
        <source>e.g. the epidemic situation is stable</source>
        <translation>VD: tình hình dịch bệnh ổn định</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Chuyển</translation>
    </message>
    <message>
        <source>Nothing is deleted: the other plan keeps all its data and you can switch back at any time.
Why is the plan switched?</source>
        <translation>Không có dữ liệu nào bị xóa: phương án kia vẫn giữ nguyên dữ liệu và bạn có thể chuyển lại bất cứ lúc nào.
Vì sao chuyển phương án?</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation letter(s) to the hall were already numbered and printed: send the online notice to their addressees.</source>
        <translation>
            <numerusform>Đã đánh số và in %n giấy mời dự tại hội trường: hãy gửi thông báo trực tuyến cho những nơi đã nhận.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) were already invited to the hall: they follow the livestream instead.</source>
        <translation>
            <numerusform>Đã mời %n người dự tại hội trường: họ sẽ theo dõi qua truyền hình trực tuyến.</numerusform>
        </translation>
    </message>
    <message>
        <source>The seat quotas and the hall capacity no longer apply.</source>
        <translation>Chỉ tiêu số người và sức chứa hội trường không còn áp dụng.</translation>
    </message>
    <message numerus="yes">
        <source>%n online notice(s) were already numbered and printed: send the invitation letters to the hall.</source>
        <translation>
            <numerusform>Đã đánh số và in %n thông báo trực tuyến: hãy gửi giấy mời dự tại hội trường.</numerusform>
        </translation>
    </message>
    <message>
        <source>The seat quotas and the hall capacity apply again.</source>
        <translation>Chỉ tiêu số người và sức chứa hội trường được áp dụng trở lại.</translation>
    </message>
    <message>
        <source>What the switch changes:</source>
        <translation>Việc chuyển phương án làm thay đổi:</translation>
    </message>
    <message>
        <source>Results report…</source>
        <translation>Báo cáo kết quả…</translation>
    </message>
</context>
<context>
    <name>dd::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>&amp;Language of the window:</source>
        <translation>&amp;Ngôn ngữ giao diện:</translation>
    </message>
    <message>
        <source>Printed papers are always in Vietnamese.</source>
        <translation>Giấy tờ in ra luôn bằng tiếng Việt.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Shown to the other desks on a shared server, and recorded with each check-in made here (e.g. “Bàn 1”, “Cửa chính”).</source>
        <translation>Hiện cho các bàn khác khi dùng chung máy chủ, và được ghi kèm mỗi lượt điểm danh làm tại đây (ví dụ “Bàn 1”, “Cửa chính”).</translation>
    </message>
    <message>
        <source>&amp;Desk name:</source>
        <translation>&amp;Tên bàn:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Thư điện tử</translation>
    </message>
</context>
<context>
    <name>dd::ProjectorWindow</name>
    <message>
        <source>Current question</source>
        <translation>Ý kiến đang trả lời</translation>
    </message>
</context>
<context>
    <name>dd::QuestionDialog</name>
    <message>
        <source>Edit question</source>
        <translation>Sửa ý kiến</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Thêm ý kiến</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(không rõ)</translation>
    </message>
    <message>
        <source>(not assigned)</source>
        <translation>(chưa giao)</translation>
    </message>
    <message>
        <source>A name, or choose an attendee</source>
        <translation>Nhập tên hoặc chọn một đại biểu</translation>
    </message>
    <message>
        <source>Topics…</source>
        <translation>Chủ đề…</translation>
    </message>
    <message>
        <source>Add, rename, reorder or delete the event&apos;s topics</source>
        <translation>Thêm, đổi tên, sắp xếp lại hoặc xóa các chủ đề của hội nghị</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kênh:</translation>
    </message>
    <message>
        <source>o&amp;n:</source>
        <translation>vào &amp;ngày:</translation>
    </message>
    <message>
        <source>From &amp;unit:</source>
        <translation>Từ đơn &amp;vị:</translation>
    </message>
    <message>
        <source>Asked &amp;by:</source>
        <translation>Người &amp;hỏi:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Chủ đề:</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>Ngà&amp;y nhận:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Trạng thái:</translation>
    </message>
    <message>
        <source>&amp;Forwarded to:</source>
        <translation>Ch&amp;uyển đến:</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>T&amp;rả lời:</translation>
    </message>
    <message>
        <source>Answered b&amp;y:</source>
        <translation>Người trả lờ&amp;i:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Save, then enter the next question from the same unit, channel and date (Ctrl+Enter)</source>
        <translation>Lưu rồi nhập ý kiến tiếp theo của cùng đơn vị, kênh và ngày (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>(not classified)</source>
        <translation>(chưa phân loại)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Enter the text of the question.</source>
        <translation>Hãy nhập nội dung ý kiến.</translation>
    </message>
    <message>
        <source>Choose the agency the question is forwarded to.</source>
        <translation>Hãy chọn cơ quan được chuyển ý kiến.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) saved. Enter the next one.</source>
        <translation>
            <numerusform>Đã lưu %n ý kiến. Hãy nhập ý kiến tiếp theo.</numerusform>
        </translation>
    </message>
    <message>
        <source>A unit, or type a new agency</source>
        <translation>Chọn đơn vị, hoặc gõ tên cơ quan mới</translation>
    </message>
    <message>
        <source>at:</source>
        <translation>lúc:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Nội &amp;dung:</translation>
    </message>
    <message>
        <source>Save and add anoth&amp;er</source>
        <translation>Lưu và thêm &amp;mới</translation>
    </message>
    <message>
        <source>For the secretariat only; not printed</source>
        <translation>Chỉ dành cho văn phòng; không in ra</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
</context>
<context>
    <name>dd::QuestionImportDialog</name>
    <message>
        <source>Import questions</source>
        <translation>Nhập ý kiến</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Thêm &amp;tệp…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Thêm tệp</translation>
    </message>
    <message>
        <source>E-mails and spreadsheets (*.eml *.csv *.xlsx *.ods *.xls);;All files (*)</source>
        <translation>Thư điện tử và bảng tính (*.eml *.csv *.xlsx *.ods *.xls);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>(choose the unit)</source>
        <translation>(chọn đơn vị)</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) will be imported.</source>
        <translation>
            <numerusform>Sẽ nhập %n ý kiến.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported (see Problems).</source>
        <translation>
            <numerusform>%n dòng không nhập được (xem cột Vấn đề).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) wait for a unit to be chosen.</source>
        <translation>
            <numerusform>%n dòng đang chờ chọn đơn vị.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are already recorded or repeated.</source>
        <translation>
            <numerusform>%n dòng đã có hoặc bị trùng lặp.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n question(s)</source>
        <translation>
            <numerusform>Nhập %n ý kiến</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Trang tính:</translation>
    </message>
    <message>
        <source>Check the questions before they are added. Rows with a problem are skipped; choose the unit of an unknown sender to import its questions, and Import or Skip in the Decision column to keep or leave out a row.</source>
        <translation>Kiểm tra các ý kiến trước khi thêm. Dòng có lỗi sẽ bị bỏ qua; chọn đơn vị cho người gửi chưa có trong danh mục để nhập các ý kiến của họ, và chọn Nhập hoặc Bỏ qua ở cột Xử lý để giữ lại hay bỏ một dòng.</translation>
    </message>
    <message>
        <source>All sheets</source>
        <translation>Tất cả trang tính</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) hidden in the file are left out.</source>
        <translation>
            <numerusform>Bỏ qua %n hàng bị ẩn trong tệp.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::QuestionTableModel</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Người hỏi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kênh</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>Chuyển đến</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Trả lời</translation>
    </message>
    <message>
        <source>Topic %1</source>
        <translation>Chủ đề %1</translation>
    </message>
    <message>
        <source>%1 (also from: %2)</source>
        <translation>%1 (cũng từ: %2)</translation>
    </message>
    <message>
        <source>Merged into no. %1</source>
        <translation>Đã gộp vào số %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>dd::QuestionsPage</name>
    <message>
        <source>Search the questions (accents not needed)</source>
        <translation>Tìm ý kiến (gõ không dấu cũng được)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Thê&amp;m…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>&amp;Classify…</source>
        <translation>&amp;Phân loại…</translation>
    </message>
    <message>
        <source>Set the topic of the selected questions</source>
        <translation>Đặt chủ đề cho các ý kiến đang chọn</translation>
    </message>
    <message>
        <source>Forward the selected questions to an agency</source>
        <translation>Chuyển các ý kiến đang chọn đến một cơ quan</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>Gộp &amp;vào…</translation>
    </message>
    <message>
        <source>Merge the selected questions into one of them; both texts and units are kept</source>
        <translation>Gộp các ý kiến đang chọn vào một ý kiến trong số đó; vẫn giữ nội dung và đơn vị của từng ý kiến</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Rút ý kiến</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Ý kiến có thể trùng</translation>
    </message>
    <message>
        <source>Questions with the same or nearly the same words</source>
        <translation>Các ý kiến có câu chữ giống hoặc gần giống nhau</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Nhập…</translation>
    </message>
    <message>
        <source>Import e-mails (.eml) or a spreadsheet; files can also be dropped here</source>
        <translation>Nhập thư điện tử (.eml) hoặc bảng tính; cũng có thể kéo thả tệp vào đây</translation>
    </message>
    <message>
        <source>E&amp;xport for agency…</source>
        <translation>X&amp;uất cho cơ quan…</translation>
    </message>
    <message>
        <source>&amp;Topics…</source>
        <translation>C&amp;hủ đề…</translation>
    </message>
    <message>
        <source>&amp;Live mode</source>
        <translation>Chế độ đối th&amp;oại</translation>
    </message>
    <message>
        <source>The questions in running order on the day of the dialogue</source>
        <translation>Các ý kiến theo thứ tự trả lời trong buổi đối thoại</translation>
    </message>
    <message>
        <source>Topic / agency</source>
        <translation>Chủ đề / cơ quan</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Đã chuyển</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Đã trả lời</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Mọi đơn vị</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Mọi chủ đề</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>Chưa phân loại</translation>
    </message>
    <message>
        <source>Topic %1</source>
        <translation>Chủ đề %1</translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation>Mọi cơ quan</translation>
    </message>
    <message>
        <source>Not forwarded</source>
        <translation>Chưa chuyển</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2/%3</translation>
    </message>
    <message>
        <source>Questions were due by %1 (at least %2 per host unit)</source>
        <translation>Đã hết hạn gửi ý kiến ngày %1 (mỗi đơn vị đầu mối ít nhất %2 ý kiến)</translation>
    </message>
    <message>
        <source>Questions due by %1 (at least %2 per host unit)</source>
        <translation>Hạn gửi ý kiến: %1 (mỗi đơn vị đầu mối ít nhất %2 ý kiến)</translation>
    </message>
    <message>
        <source>Questions from the host units</source>
        <translation>Ý kiến của các đơn vị đầu mối</translation>
    </message>
    <message>
        <source>By topic</source>
        <translation>Theo chủ đề</translation>
    </message>
    <message>
        <source>By agency</source>
        <translation>Theo cơ quan</translation>
    </message>
    <message>
        <source>(nothing forwarded yet)</source>
        <translation>(chưa chuyển ý kiến nào)</translation>
    </message>
    <message>
        <source>Possible duplicates (%1)…</source>
        <translation>Ý kiến có thể trùng (%1)…</translation>
    </message>
    <message>
        <source>(not classified)</source>
        <translation>(chưa phân loại)</translation>
    </message>
    <message>
        <source>Classify</source>
        <translation>Phân loại</translation>
    </message>
    <message numerus="yes">
        <source>Topic of the %n selected question(s):</source>
        <translation>
            <numerusform>Chủ đề của %n ý kiến đang chọn:</numerusform>
        </translation>
    </message>
    <message>
        <source>Forward to an agency</source>
        <translation>Chuyển đến cơ quan</translation>
    </message>
    <message>
        <source>Sent now (otherwise only assigned, and sent with “Export for agency”)</source>
        <translation>Gửi ngay (nếu không, ý kiến chỉ được giao cho cơ quan và sẽ gửi khi dùng “Xuất cho cơ quan”)</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Cơ quan:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message numerus="yes">
        <source>Forward %n question(s)</source>
        <translation>
            <numerusform>Chuyển %n ý kiến</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>No. %1 — %2 — %3</source>
        <translation>Số %1 — %2 — %3</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Gộp vào…</translation>
    </message>
    <message>
        <source>Keep this question; the others are marked as merged into it (their texts and units are kept):</source>
        <translation>Giữ lại ý kiến này; các ý kiến còn lại được đánh dấu là đã gộp vào ý kiến này (vẫn giữ nội dung và đơn vị của chúng):</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Giữ lại</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>Gộp vào ý kiến giữ lại</translation>
    </message>
    <message>
        <source>Same words</source>
        <translation>Mức trùng từ</translation>
    </message>
    <message>
        <source>No. %1 (%2): %3</source>
        <translation>Số %1 (%2): %3</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Gộp</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>These questions use the same or nearly the same words. Merging keeps both texts and both units; the second is marked as merged into the first.</source>
        <translation>Các ý kiến này có câu chữ giống hoặc gần giống nhau. Khi gộp, vẫn giữ cả hai nội dung và cả hai đơn vị; ý kiến thứ hai được đánh dấu là đã gộp vào ý kiến thứ nhất.</translation>
    </message>
    <message>
        <source>Import questions</source>
        <translation>Nhập ý kiến</translation>
    </message>
    <message>
        <source>E-mails and spreadsheets (*.eml *.csv *.xlsx *.ods *.xls);;E-mails (*.eml);;All files (*)</source>
        <translation>Thư điện tử và bảng tính (*.eml *.csv *.xlsx *.ods *.xls);;Thư điện tử (*.eml);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Export for agency</source>
        <translation>Xuất cho cơ quan</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n question(s))</source>
        <translation>
            <numerusform>%1 (%n ý kiến)</numerusform>
        </translation>
    </message>
    <message>
        <source>Also the questions assigned to it but not yet forwarded (recorded as forwarded today)</source>
        <translation>Gồm cả các ý kiến đã giao cho cơ quan này nhưng chưa chuyển (sẽ ghi nhận là đã chuyển hôm nay)</translation>
    </message>
    <message>
        <source>Save as XLSX…</source>
        <translation>Lưu thành XLSX…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) written to %1</source>
        <translation>
            <numerusform>Đã ghi %n ý kiến vào %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>F&amp;orward…</source>
        <translation>&amp;Chuyển…</translation>
    </message>
    <message>
        <source>From the mail&amp;box…</source>
        <translation>Nhận ý &amp;kiến từ hộp thư…</translation>
    </message>
    <message>
        <source>Read the new e-mails of the event&apos;s mailbox (Edit ▸ Preferences ▸ E-mail)</source>
        <translation>Đọc các thư mới trong hộp thư của hội nghị (Sửa ▸ Tùy chọn ▸ Thư điện tử)</translation>
    </message>
    <message>
        <source>No questions yet. Import the lists and e-mails the units sent (Import…, or drop the files here), fetch them from the mailbox, or add one by hand (Add…).</source>
        <translation>Chưa có ý kiến nào. Hãy nhập danh sách và thư điện tử các đơn vị gửi (Nhập…, hoặc kéo thả tệp vào đây), nhận ý kiến từ hộp thư, hoặc thêm từng ý kiến (Thêm…).</translation>
    </message>
    <message>
        <source>No question matches the search or the filters above.</source>
        <translation>Không có ý kiến nào khớp với nội dung tìm kiếm hoặc các bộ lọc ở trên.</translation>
    </message>
</context>
<context>
    <name>dd::ReportTextDialog</name>
    <message>
        <source>Results report: assessment and proposals</source>
        <translation>Báo cáo kết quả: đánh giá và đề xuất</translation>
    </message>
    <message>
        <source>What you write here is printed in the results report after the day (Papers ▸ Results report), under II and III. Each line is a paragraph. Empty parts print as dotted lines to fill in by hand.</source>
        <translation>Nội dung viết ở đây được in trong báo cáo kết quả sau hội nghị (Giấy tờ ▸ Báo cáo kết quả), ở mục II và III. Mỗi dòng là một đoạn. Phần để trống được in thành dòng chấm để viết tay.</translation>
    </message>
    <message>
        <source>How the meeting went: attendance, the questions, the answers, what worked and what did not.</source>
        <translation>Hội nghị diễn ra thế nào: số đại biểu dự, các ý kiến, việc trả lời, điểm làm được và chưa làm được.</translation>
    </message>
    <message>
        <source>What the secretariat proposes to the province: answers still owed, what to do differently next time.</source>
        <translation>Những đề xuất, kiến nghị với tỉnh: các ý kiến chưa được trả lời, những điều cần làm khác ở lần sau.</translation>
    </message>
    <message>
        <source>II. &amp;Assessment (đánh giá):</source>
        <translation>II. Đánh &amp;giá:</translation>
    </message>
    <message>
        <source>III. &amp;Proposals (đề xuất, kiến nghị):</source>
        <translation>III. Đề &amp;xuất, kiến nghị:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Results report: assessment and proposals…</source>
        <translation>Báo cáo kết quả: đánh giá và đề xuất…</translation>
    </message>
</context>
<context>
    <name>dd::ServerAddress</name>
    <message>
        <source>“%1” is not a server address (postgresql://…).</source>
        <translation>“%1” không phải là địa chỉ máy chủ (postgresql://…).</translation>
    </message>
    <message>
        <source>The server address “%1” is not valid: %2</source>
        <translation>Địa chỉ máy chủ “%1” không hợp lệ: %2</translation>
    </message>
    <message>
        <source>The port “%1” of the server address is not a number from 1 to 65535.</source>
        <translation>Cổng “%1” của địa chỉ máy chủ không phải là số từ 1 đến 65535.</translation>
    </message>
    <message>
        <source>The server address “%1” names no database: write it after the host, as in postgresql://server/dialoguedesk.</source>
        <translation>Địa chỉ máy chủ “%1” không nêu cơ sở dữ liệu: hãy ghi tên cơ sở dữ liệu sau máy chủ, như postgresql://may-chu/dialoguedesk.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>máy tính này</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 trên %2</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 trên %2 (%3)</translation>
    </message>
</context>
<context>
    <name>dd::ServerDesk</name>
    <message>
        <source>No other desk connected</source>
        <translation>Không có bàn nào khác đang kết nối</translation>
    </message>
    <message>
        <source>Also connected: %1</source>
        <translation>Cùng kết nối: %1</translation>
    </message>
    <message>
        <source>Copy to server</source>
        <translation>Chép lên máy chủ</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n dòng</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything was copied to %1:</source>
        <translation>Đã chép toàn bộ dữ liệu sang %1:</translation>
    </message>
</context>
<context>
    <name>dd::Session</name>
    <message>
        <source>The file is open read-only; changes are not possible.</source>
        <translation>Tệp đang mở ở chế độ chỉ đọc; không thể thay đổi.</translation>
    </message>
</context>
<context>
    <name>dd::StoreCopy</name>
    <message>
        <source>The two stores hold different data versions (%1 and %2); open both with this program first.</source>
        <translation>Hai kho dữ liệu có phiên bản dữ liệu khác nhau (%1 và %2); hãy mở cả hai bằng chương trình này trước.</translation>
    </message>
    <message>
        <source>The target %1 already holds data; it was not changed. Copy into a new file or an empty database.</source>
        <translation>Đích %1 đã có dữ liệu; chương trình không thay đổi gì. Hãy chép vào một tệp mới hoặc một cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <source>The target has no table %1; nothing was copied.</source>
        <translation>Đích không có bảng %1; chưa chép gì.</translation>
    </message>
    <message>
        <source>Row %1 of the table %2 could not be copied: %3</source>
        <translation>Không chép được dòng %1 của bảng %2: %3</translation>
    </message>
</context>
<context>
    <name>dd::TaskTableModel</name>
    <message>
        <source>Owner</source>
        <translation>Phụ trách</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as day/month/year, for example 30/8/2021.</source>
        <translation>“%1” không phải là ngày; hãy ghi theo dạng ngày/tháng/năm, ví dụ 30/8/2021.</translation>
    </message>
</context>
<context>
    <name>dd::TopicsDialog</name>
    <message>
        <source>Topics</source>
        <translation>Chủ đề</translation>
    </message>
    <message>
        <source>The questions are classified by these topics. Each change can be undone with Edit ▸ Undo.</source>
        <translation>Các ý kiến được phân loại theo những chủ đề này. Mỗi thay đổi đều có thể hoàn tác bằng Sửa ▸ Hoàn tác.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Đổi tê&amp;n…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Chuyển xuốn&amp;g</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>Thêm chủ đề</translation>
    </message>
    <message>
        <source>Title of the topic:</source>
        <translation>Tên chủ đề:</translation>
    </message>
    <message>
        <source>Rename topic</source>
        <translation>Đổi tên chủ đề</translation>
    </message>
    <message>
        <source>Delete topic</source>
        <translation>Xóa chủ đề</translation>
    </message>
    <message>
        <source>Delete topic %1? Its questions become unclassified (undo brings them back).</source>
        <translation>Xóa chủ đề %1? Các ý kiến thuộc chủ đề này sẽ trở thành chưa phân loại (hoàn tác sẽ khôi phục lại).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>dd::UnitDialog</name>
    <message>
        <source>Edit unit</source>
        <translation>Sửa đơn vị</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <source>e.g. Huyện đoàn Tân Châu</source>
        <translation>ví dụ: Huyện đoàn Tân Châu</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Questions sent from this address are matched to the unit.</source>
        <translation>Ý kiến gửi từ địa chỉ này được ghi nhận cho đơn vị.</translation>
    </message>
    <message>
        <source>(not part of this event)</source>
        <translation>(không tham gia hội nghị này)</translation>
    </message>
    <message>
        <source>(no quota)</source>
        <translation>(không có chỉ tiêu)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên đơn vị:</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>Tên &amp;gọi tắt:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>Belongs &amp;to:</source>
        <translation>Trực th&amp;uộc:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Người liên hệ:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Điện t&amp;hoại:</translation>
    </message>
    <message>
        <source>&amp;Part in this event:</source>
        <translation>&amp;Vai trò trong hội nghị:</translation>
    </message>
    <message>
        <source>&amp;Quota (seats):</source>
        <translation>&amp;Chỉ tiêu (số người):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Enter the unit&apos;s name.</source>
        <translation>Hãy nhập tên đơn vị.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” không phải là địa chỉ email.</translation>
    </message>
    <message>
        <source>A unit called “%1” is already in the directory.</source>
        <translation>Đơn vị “%1” đã có trong danh mục.</translation>
    </message>
    <message>
        <source>e.g. Đồng chí Bí thư hoặc Phó Bí thư</source>
        <translation>ví dụ: Đồng chí Bí thư hoặc Phó Bí thư</translation>
    </message>
    <message>
        <source>Who the unit sends, as the letters say it; or why the unit is here.</source>
        <translation>Đơn vị cử ai, như giấy mời ghi; hoặc lý do đơn vị có mặt.</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Gh&amp;i chú:</translation>
    </message>
</context>
<context>
    <name>dd::UnitDirectoryModel</name>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Tên gọi tắt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Part in this event</source>
        <translation>Vai trò trong hội nghị</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Người liên hệ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Last sent by e-mail</source>
        <translation>Gửi thư gần nhất</translation>
    </message>
    <message>
        <source>%1 to %2
Server&apos;s answer: %3</source>
        <translation>%1 đến %2
Máy chủ trả lời: %3</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 to %2
Not sent: %3</source>
        <translation>%1 gửi %2
Không gửi được: %3</translation>
    </message>
    <message>
        <source>%1 · %2 · not sent: %3</source>
        <translation>%1 · %2 · không gửi được: %3</translation>
    </message>
</context>
<context>
    <name>dd::UnitQuotaModel</name>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Đã mời</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Đã điểm danh</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Ý kiến</translation>
    </message>
    <message>
        <source>Over the quota by %1</source>
        <translation>Vượt chỉ tiêu %1</translation>
    </message>
    <message>
        <source>A quota is a number of seats, for example 22.</source>
        <translation>Chỉ tiêu là số chỗ, ví dụ 22.</translation>
    </message>
    <message>
        <source>Reserves</source>
        <translation>Dự khuyết</translation>
    </message>
</context>
<context>
    <name>dd::UnitsDialog</name>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Thêm…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Units are shared by all events; the part and quota are those of the current event. Edit ▸ Undo reverts each change.</source>
        <translation>Danh mục đơn vị dùng chung cho mọi hội nghị; vai trò và chỉ tiêu là của hội nghị đang mở. Sửa ▸ Hoàn tác để hủy từng thay đổi.</translation>
    </message>
</context>
<context>
    <name>dd::WelcomePage</name>
    <message>
        <source>Welcome to DialogueDesk</source>
        <translation>Chào mừng đến với DialogueDesk</translation>
    </message>
    <message>
        <source>This data file holds no event yet. Look around in the sample (the 2021 dialogue of the Tây Ninh Youth Union, which you may change or delete), create your own event, or open another data file.</source>
        <translation>Tệp dữ liệu này chưa có hội nghị nào. Hãy xem thử hội nghị mẫu (hội nghị đối thoại năm 2021 của Tỉnh đoàn Tây Ninh, có thể sửa hoặc xóa), tạo hội nghị của mình, hoặc mở một tệp dữ liệu khác.</translation>
    </message>
    <message>
        <source>Open the 2021 sample event</source>
        <translation>Mở hội nghị mẫu 2021</translation>
    </message>
    <message>
        <source>A finished example: people, questions, programme and plans.</source>
        <translation>Một ví dụ hoàn chỉnh: đại biểu, ý kiến, chương trình và phương án.</translation>
    </message>
    <message>
        <source>Create a new event…</source>
        <translation>Tạo hội nghị mới…</translation>
    </message>
    <message>
        <source>An empty event, or one with the settings of another event.</source>
        <translation>Hội nghị trống, hoặc lấy thiết lập của một hội nghị khác.</translation>
    </message>
    <message>
        <source>Open a data file…</source>
        <translation>Mở tệp dữ liệu…</translation>
    </message>
    <message>
        <source>A .sqlite file kept elsewhere.</source>
        <translation>Một tệp .sqlite lưu ở nơi khác.</translation>
    </message>
    <message>
        <source>New data file…</source>
        <translation>Tạo tệp dữ liệu mới…</translation>
    </message>
    <message>
        <source>An empty data file; the sample event is offered in it.</source>
        <translation>Một tệp dữ liệu trống; trong đó có sẵn lựa chọn mở hội nghị mẫu.</translation>
    </message>
    <message>
        <source>No data file is open</source>
        <translation>Chưa mở tệp dữ liệu</translation>
    </message>
    <message>
        <source>Open a data file kept elsewhere, or create a new one.</source>
        <translation>Hãy mở một tệp dữ liệu đã có, hoặc tạo tệp mới.</translation>
    </message>
    <message>
        <source>This data file holds no event yet, and it is open read-only, so none can be created in it. Open another data file, or create a new one with File ▸ New data file.</source>
        <translation>Tệp dữ liệu này chưa có hội nghị nào, và tệp đang mở ở chế độ chỉ đọc nên không tạo được hội nghị trong đó. Hãy mở tệp dữ liệu khác, hoặc tạo tệp mới bằng Tệp ▸ Tạo tệp dữ liệu mới.</translation>
    </message>
</context>
</TS>
