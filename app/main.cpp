#include "application.h"

int main(int argc, char *argv[])
{
    return dd::runApplication(argc, argv);
}
