#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
/// `Agdirected`/`Agundirected` are mutable C globals, which Swift 6 refuses to read; these getters are safe.
static inline Agdesc_t cgv_directed(void)   { return Agdirected; }
static inline Agdesc_t cgv_undirected(void) { return Agundirected; }
