/* The floor: a raw libyaml event parse (no tree, no Python objects) of a model.
 *
 *   gcc -O2 bench/libyaml_parse.c -lyaml -o /tmp/libyaml_parse
 *   /tmp/libyaml_parse MODEL.yaml [MORE.yaml | DIR ...]
 *
 * A directory is read recursively (every .yaml/.yml). Prints one line:
 *   bytes=N events=N scalars=N seconds=S mb_per_s=R
 * (MB = 10^6 bytes). The file is read into memory first, so the time is the parse only.
 */
#define _XOPEN_SOURCE 700
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <yaml.h>

static unsigned long long total_bytes, total_events, total_scalars;
static double total_seconds;
static int failed;

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void parse_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); failed = 1; return; }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *buf = malloc(size > 0 ? (size_t)size : 1);
    if (!buf || fread(buf, 1, (size_t)size, f) != (size_t)size) {
        fprintf(stderr, "%s: cannot read\n", path); failed = 1; fclose(f); free(buf); return;
    }
    fclose(f);

    double start = now();
    yaml_parser_t parser;
    yaml_event_t event;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, buf, (size_t)size);
    int done = 0;
    while (!done) {
        if (!yaml_parser_parse(&parser, &event)) {
            fprintf(stderr, "%s:%zu:%zu: %s\n", path, parser.problem_mark.line + 1,
                    parser.problem_mark.column + 1, parser.problem ? parser.problem : "parse error");
            failed = 1;
            break;
        }
        total_events++;
        if (event.type == YAML_SCALAR_EVENT) total_scalars++;
        done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
    }
    yaml_parser_delete(&parser);
    total_seconds += now() - start;
    total_bytes += (unsigned long long)size;
    free(buf);
}

static int visit(const char *path, const struct stat *st, int type, struct FTW *ftw) {
    (void)st; (void)ftw;
    size_t n = strlen(path);
    if (type == FTW_F && ((n > 5 && !strcmp(path + n - 5, ".yaml")) || (n > 4 && !strcmp(path + n - 4, ".yml"))))
        parse_file(path);
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s MODEL.yaml|DIR ...\n", argv[0]);
        return 64;
    }
    for (int i = 1; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode))
            nftw(argv[i], visit, 16, FTW_PHYS);
        else
            parse_file(argv[i]);
    }
    printf("bytes=%llu events=%llu scalars=%llu seconds=%.3f mb_per_s=%.1f\n", total_bytes, total_events,
           total_scalars, total_seconds, total_seconds > 0 ? total_bytes / 1e6 / total_seconds : 0.0);
    return failed ? 65 : 0;
}
