#pragma once

class QString;

// The window lives in a module of its own (consul-federator-gui.so) that the
// executable loads only to open it: the command line then starts without
// Qt Widgets, Qt Gui, OpenGL, X11 and their dependencies, which cost it more
// start-up time than its own work.
namespace GuiModule {

// The exported entry point: int federator_gui_main(int argc, char **argv,
// int secureHeap) with secureHeap a Bootstrap::SecureHeap.
inline constexpr char EntryPoint[] = "federator_gui_main";
using Entry = int (*)(int argc, char **argv, int secureHeap);

// Where the module is: beside the executable in a build tree, else in the
// install's library directory. Empty, with a sentence in *error, when absent.
Entry load(QString *error);

} // namespace GuiModule
