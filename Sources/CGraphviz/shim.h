// Bridge to the system Graphviz (libgvc / libcgraph, Debian 2.42).
// Swift 6 refuses to read mutable C globals (they are not concurrency-safe),
// so the few globals a caller might need are returned by static inline
// functions instead. Callers still serialise every Graphviz call themselves:
// Graphviz keeps process-wide state (parser, error handler, plugin tables).
#ifndef INTERCO_CGRAPHVIZ_SHIM_H
#define INTERCO_CGRAPHVIZ_SHIM_H

#include <stdio.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/// Graph descriptors for agopen(); the globals themselves are unreadable from Swift 6.
static inline Agdesc_t cgv_directed(void) { return Agdirected; }
static inline Agdesc_t cgv_strict_directed(void) { return Agstrictdirected; }
static inline Agdesc_t cgv_undirected(void) { return Agundirected; }
static inline Agdesc_t cgv_strict_undirected(void) { return Agstrictundirected; }

/// Layout facts from the graph's Agraphinfo_t record (the GD_* macros are not
/// importable). Only meaningful after a dot layout; 0 when nothing is bound.
static inline int cgv_layout_min_rank(Agraph_t *g) { return AGDATA(g) ? GD_minrank(g) : 0; }
static inline int cgv_layout_cluster_count(Agraph_t *g) { return AGDATA(g) ? GD_n_cluster(g) : 0; }

/// Points C stdio's `stderr` at `stream` and returns the stream it replaced.
/// Graphviz 2.42 prints its messages with fprintf(stderr, ...) unless a hook is
/// set with agseterrf(), and that hook is unsafe (see MessageCapture.swift), so
/// the renderer swaps `stderr` for a capture file while it holds its lock.
/// This changes the FILE* variable only; file descriptor 2 is left alone.
static inline FILE *cgv_swap_stderr(FILE *stream) {
    FILE *previous = stderr;
    stderr = stream;
    return previous;
}

#endif
