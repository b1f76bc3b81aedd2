#pragma once

namespace dd {

// Starts the window, or runs a command headless when the arguments ask for one.
int runApplication(int argc, char *argv[]);

} // namespace dd
