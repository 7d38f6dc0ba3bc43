// Bridge to the system Graphviz (libgvc / libcgraph, Debian 2.42).
// What Swift cannot reach directly (C macros, mutable globals, which Swift 6
// refuses as not concurrency-safe) is wrapped in static inline functions.
// Callers still serialise every Graphviz call themselves: Graphviz keeps
// process-wide state (parser, error handler, plugin tables).
#ifndef INTERCO_CGRAPHVIZ_SHIM_H
#define INTERCO_CGRAPHVIZ_SHIM_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/// The number of clusters of a dot layout, from the graph's Agraphinfo_t record
/// (the GD_* macros are not importable); 0 when nothing is bound.
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


/// Reading DOT with names mapped to ids in order of first appearance.
///
/// cgraph's default id discipline uses the address of a name's interned string as its id, and
/// orders subgraphs by id, so clusters came out of the SVG in an order that changed from one
/// process to the next (address-space randomisation). This discipline numbers names as they
/// are first seen, so the same DOT text always gives the same output.
typedef struct {
    Agraph_t *graph;
    char **names;          /* by index; a name's id is 2 * (index + 1) */
    long count, capacity;
    long *slots;           /* open-addressing table of indices + 1, 0 when empty */
    long slotCount;
    IDTYPE anonymous;      /* odd ids for unnamed objects, as cgraph expects */
} cgv_names_t;

static inline unsigned long cgv_hash(const char *text) {
    unsigned long hash = 1469598103934665603UL;
    for (; *text; text++) { hash ^= (unsigned char)*text; hash *= 1099511628211UL; }
    return hash;
}

static inline long cgv_find(cgv_names_t *table, const char *name) {
    if (table->slotCount == 0) return -1;
    unsigned long at = cgv_hash(name) & (unsigned long)(table->slotCount - 1);
    while (table->slots[at]) {
        long index = table->slots[at] - 1;
        if (strcmp(table->names[index], name) == 0) return index;
        at = (at + 1) & (unsigned long)(table->slotCount - 1);
    }
    return -1;
}

static inline int cgv_grow(cgv_names_t *table) {
    if (table->count + 1 > table->capacity) {
        long capacity = table->capacity ? table->capacity * 2 : 64;
        char **names = realloc(table->names, (size_t)capacity * sizeof(char *));
        if (!names) return 0;
        table->names = names;
        table->capacity = capacity;
    }
    if ((table->count + 1) * 2 > table->slotCount) {
        long slotCount = table->slotCount ? table->slotCount * 2 : 128;
        long *slots = calloc((size_t)slotCount, sizeof(long));
        if (!slots) return 0;
        for (long index = 0; index < table->count; index++) {
            unsigned long at = cgv_hash(table->names[index]) & (unsigned long)(slotCount - 1);
            while (slots[at]) at = (at + 1) & (unsigned long)(slotCount - 1);
            slots[at] = index + 1;
        }
        free(table->slots);
        table->slots = slots;
        table->slotCount = slotCount;
    }
    return 1;
}

static inline void *cgv_id_open(Agraph_t *g, Agdisc_t *disc) {
    (void)disc;
    cgv_names_t *table = calloc(1, sizeof(cgv_names_t));
    if (table) { table->graph = g; table->anonymous = 1; }
    return table;
}

static inline long cgv_id_map(void *state, int objtype, char *str, IDTYPE *id, int createflag) {
    (void)objtype;
    cgv_names_t *table = state;
    if (!str) {
        *id = table->anonymous;
        table->anonymous += 2;
        return 1;
    }
    long index = cgv_find(table, str);
    if (index < 0) {
        if (!createflag || !cgv_grow(table)) return 0;
        char *copy = strdup(str);
        if (!copy) return 0;
        index = table->count++;
        table->names[index] = copy;
        unsigned long at = cgv_hash(copy) & (unsigned long)(table->slotCount - 1);
        while (table->slots[at]) at = (at + 1) & (unsigned long)(table->slotCount - 1);
        table->slots[at] = index + 1;
    }
    *id = (IDTYPE)(2 * (index + 1));
    return 1;
}

static inline long cgv_id_alloc(void *state, int objtype, IDTYPE request) {
    (void)state; (void)objtype; (void)request;
    return 0;
}

static inline void cgv_id_free(void *state, int objtype, IDTYPE id) {
    (void)state; (void)objtype; (void)id;  /* names live until the graph is closed */
}

static inline char *cgv_id_print(void *state, int objtype, IDTYPE id) {
    (void)objtype;
    cgv_names_t *table = state;
    if (id % 2 != 0) return NULL;
    long index = (long)(id / 2) - 1;
    return index >= 0 && index < table->count ? table->names[index] : NULL;
}

static inline void cgv_id_close(void *state) {
    cgv_names_t *table = state;
    if (!table) return;
    for (long index = 0; index < table->count; index++) free(table->names[index]);
    free(table->names);
    free(table->slots);
    free(table);
}

static inline void cgv_id_register(void *state, int objtype, void *obj) {
    (void)state; (void)objtype; (void)obj;
}

typedef struct { const char *data; long length; long position; } cgv_reader_t;

/// Hands cgraph's lexer one line at a time, as agmemread does.
static inline int cgv_read(void *chan, char *buffer, int size) {
    cgv_reader_t *reader = chan;
    if (size == 0 || reader->position >= reader->length) return 0;
    int count = 0;
    char c;
    do {
        buffer[count++] = c = reader->data[reader->position++];
    } while (c && c != '\n' && count < size && reader->position < reader->length);
    return count;
}

/// Parses DOT text like agmemread, with the ordered id discipline above.
static inline Agraph_t *cgv_read_dot(const char *text) {
    static Agiddisc_t ids = {cgv_id_open, cgv_id_map, cgv_id_alloc, cgv_id_free, cgv_id_print, cgv_id_close, cgv_id_register};
    static Agiodisc_t io = {cgv_read, 0, 0};
    io.putstr = AgIoDisc.putstr;
    io.flush = AgIoDisc.flush;
    Agdisc_t disc = {&AgMemDisc, &ids, &io};
    cgv_reader_t reader = {text, (long)strlen(text), 0};
    Agraph_t *graph = agread(&reader, &disc);
    agsetfile(NULL);  /* line numbers in messages start again for the next text, as agmemread does */
    return graph;
}

#endif
