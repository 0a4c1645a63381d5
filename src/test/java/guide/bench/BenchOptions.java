package guide.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code bench/run} was asked to measure: the corpus sizes and the engines that build each,
 * the runs per engine, the preview's size and edits. Sizes are given per engine by where they stand:
 * before any of {@code --guide-only} and {@code --without-jbake} all three engines build them;
 * after {@code --without-jbake}, the guide and Hugo (plain JBake takes about 25 minutes at 5,000);
 * after {@code --guide-only}, the guide alone. {@code --no-jbake} and {@code --no-hugo} leave an
 * engine out at every size, wherever they stand.
 *
 * @param serveN the size the preview latency is measured on, or {@code null} for none
 */
record BenchOptions(List<Size> sizes, int runs, int edits, Integer serveN) {

    /** One corpus size, N articles per language, and the engines besides the guide that build it. */
    record Size(int n, boolean plain, boolean hugo) {
        String engines() {
            return plain && hugo ? "" : plain ? " (guide, plain JBake)" : hugo ? " (guide, Hugo)" : " (guide only)";
        }
    }

    static final String USAGE = """
            usage: bench/run [N ...] [--without-jbake N ...] [--guide-only N ...] [--no-jbake] [--no-hugo]
                             [--runs K] [--edits K] [--serve N | --no-serve]
              N ...                   sizes (articles per language) built by the guide, plain JBake and Hugo
              --without-jbake N ...   sizes after it: the guide and Hugo
              --guide-only N ...      sizes after it: the guide alone
              --no-jbake, --no-hugo   leave that engine out at every size
              default: bench/run 100 1000  (all engines; preview latency on N=1000)""";

    /** Sizes given to which engines, while reading the arguments from left to right. */
    private enum Mode { ALL, WITHOUT_JBAKE, GUIDE_ONLY }

    private record Given(int n, Mode mode) {
    }

    /**
     * Reads the arguments; system properties (bench.sizes, bench.withoutJbake, bench.guideOnly,
     * bench.runs, bench.edits) give the defaults.
     *
     * @return empty for {@code --help}
     * @throws IllegalArgumentException for anything it cannot read, with what is wrong
     */
    static Optional<BenchOptions> parse(String[] args) {
        List<Given> given = new ArrayList<>();
        int runs = Integer.getInteger("bench.runs", 3);
        int edits = Integer.getInteger("bench.edits", 5);
        Integer serveN = null;
        boolean noServe = false;
        boolean noJbake = false;
        boolean noHugo = false;
        Mode mode = Mode.ALL;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--guide-only" -> mode = Mode.GUIDE_ONLY;
                case "--without-jbake" -> mode = Mode.WITHOUT_JBAKE;
                case "--no-jbake" -> noJbake = true;
                case "--no-hugo" -> noHugo = true;
                case "--runs" -> runs = number(args, ++i, a);
                case "--edits" -> edits = number(args, ++i, a);
                case "--serve" -> serveN = number(args, ++i, a);
                case "--no-serve" -> noServe = true;
                case "-h", "--help" -> {
                    return Optional.empty();
                }
                default -> {
                    if (a.startsWith("-")) {
                        throw new IllegalArgumentException("unknown option: " + a);
                    }
                    given.add(new Given(number(args, i, "a size"), mode));
                }
            }
        }
        if (given.isEmpty()) {
            fromProperty(given, "bench.sizes", Mode.ALL, mode == Mode.ALL ? "100,1000" : "");
            fromProperty(given, "bench.withoutJbake", Mode.WITHOUT_JBAKE, "");
            fromProperty(given, "bench.guideOnly", Mode.GUIDE_ONLY, "");
        }
        if (given.isEmpty()) {
            throw new IllegalArgumentException("no corpus size given");
        }
        if (runs < 1 || edits < 1) {
            throw new IllegalArgumentException("--runs and --edits must be at least 1");
        }
        List<Size> sizes = new ArrayList<>();
        for (Given g : given) {
            sizes.add(new Size(g.n, g.mode == Mode.ALL && !noJbake, g.mode != Mode.GUIDE_ONLY && !noHugo));
        }
        if (noServe) {
            serveN = null;
        } else if (serveN == null) {
            serveN = sizes.stream().map(Size::n).filter(n -> n <= 1000).max(Integer::compare).orElse(null);
        }
        return Optional.of(new BenchOptions(List.copyOf(sizes), runs, edits, serveN));
    }

    private static int number(String[] args, int i, String what) {
        if (i >= args.length || !args[i].matches("\\d{1,7}")) {
            throw new IllegalArgumentException(what + " needs a whole number" + (i < args.length ? ", got: " + args[i] : ""));
        }
        return Integer.parseInt(args[i]);
    }

    private static void fromProperty(List<Given> given, String property, Mode mode, String fallback) {
        for (String n : System.getProperty(property, fallback).split(",")) {
            if (!n.isBlank()) {
                given.add(new Given(number(new String[]{n.strip()}, 0, property), mode));
            }
        }
    }
}
