import Foundation

/// A cross-check of the floor: the same parse loop as ``LibYAML/parse(_:)``, in C, compiled at
/// run time with `cc -O2` against the system's libyaml (libyaml-dev). It shows that the floor
/// measured in-process, through the libyaml sources Yams bundles, is libyaml's own speed.
enum SystemLibYAML {
    static let source = #"""
        #include <yaml.h>
        #include <stdio.h>
        #include <stdlib.h>
        #include <string.h>
        #include <time.h>

        static long long parse(const unsigned char *bytes, size_t length) {
            yaml_parser_t parser;
            yaml_event_t event;
            long long count = 0;
            if (!yaml_parser_initialize(&parser)) return -1;
            yaml_parser_set_input_string(&parser, bytes, length);
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING);
            for (;;) {
                if (!yaml_parser_parse(&parser, &event)) { count = -1; break; }
                int done = event.type == YAML_STREAM_END_EVENT;
                yaml_event_delete(&event);
                count++;
                if (done) break;
            }
            yaml_parser_delete(&parser);
            return count;
        }

        /* usage: floor ROUNDS LISTFILE; prints the median round in nanoseconds */
        int main(int argc, char **argv) {
            if (argc != 3) return 2;
            int rounds = atoi(argv[1]);
            FILE *list = fopen(argv[2], "r");
            if (!list) return 2;
            size_t capacity = 1024, count = 0;
            unsigned char **files = malloc(capacity * sizeof *files);
            size_t *lengths = malloc(capacity * sizeof *lengths);
            char path[4096];
            while (fgets(path, sizeof path, list)) {
                path[strcspn(path, "\n")] = 0;
                FILE *f = fopen(path, "rb");
                if (!f) return 2;
                fseek(f, 0, SEEK_END);
                long size = ftell(f);
                fseek(f, 0, SEEK_SET);
                if (count == capacity) {
                    capacity *= 2;
                    files = realloc(files, capacity * sizeof *files);
                    lengths = realloc(lengths, capacity * sizeof *lengths);
                }
                files[count] = malloc(size > 0 ? size : 1);
                lengths[count] = fread(files[count], 1, size, f);
                fclose(f);
                count++;
            }
            fclose(list);
            double *times = malloc(rounds * sizeof *times);
            for (int r = 0; r < rounds; r++) {
                struct timespec a, b;
                clock_gettime(CLOCK_MONOTONIC, &a);
                for (size_t i = 0; i < count; i++) if (parse(files[i], lengths[i]) < 0) return 3;
                clock_gettime(CLOCK_MONOTONIC, &b);
                times[r] = (b.tv_sec - a.tv_sec) * 1e9 + (b.tv_nsec - a.tv_nsec);
            }
            for (int i = 1; i < rounds; i++) for (int j = i; j > 0 && times[j - 1] > times[j]; j--) {
                double t = times[j]; times[j] = times[j - 1]; times[j - 1] = t;
            }
            printf("%.0f\n", times[rounds / 2]);
            return 0;
        }
        """#

    /// Compiles the checker into `directory`; nil when there is no C compiler or no yaml.h.
    static func build(in directory: String) -> String? {
        guard FileManager.default.fileExists(atPath: "/usr/include/yaml.h") else { return nil }
        let compiler = ["/usr/bin/cc", "/usr/bin/gcc", "/usr/bin/clang"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let compiler else { return nil }
        let sourcePath = directory + "/libyaml_floor.c"
        let binary = directory + "/libyaml_floor"
        guard (try? source.write(toFile: sourcePath, atomically: true, encoding: .utf8)) != nil else { return nil }
        let (status, _) = spawn([compiler, "-O2", "-o", binary, sourcePath, "-lyaml"])
        return status == 0 ? binary : nil
    }

    /// The median time, in seconds, the system libyaml takes to parse every file in `paths`.
    static func time(binary: String, paths: [String], rounds: Int, directory: String) -> Double? {
        let list = directory + "/floor-list-\(paths.count).txt"
        let output = directory + "/floor-out.txt"
        guard (try? paths.joined(separator: "\n").appending("\n").write(toFile: list, atomically: true, encoding: .utf8)) != nil else {
            return nil
        }
        let (status, _) = spawn([binary, String(rounds), list], captureTo: output)
        guard status == 0, let text = try? String(contentsOfFile: output, encoding: .utf8),
            let nanoseconds = Double(text.trimmingCharacters(in: .whitespacesAndNewlines))
        else { return nil }
        return nanoseconds / 1e9
    }
}
