package guide.cli;

import guide.serve.PreviewServer;
import guide.site.BuildFailure;
import guide.site.GuideCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.net.BindException;
import java.util.concurrent.Callable;

/** {@code ./guide serve}: preview with rebuild on change and automatic reload. */
@Command(name = "serve", description = "Preview the site at http://localhost:8820/, rebuilding and reloading on every change.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions options;

    @Mixin
    SiteOutputOption site;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default: ${DEFAULT-VALUE}).", defaultValue = "8820",
            converter = PortNumber.class)
    int port;

    @Override
    public Integer call() throws Exception {
        options.noteIfElsewhere("previewing", "preview");
        PreviewServer server = new PreviewServer(options.projectDir(), site.outputDir(options), port);
        try {
            server.start();
        } catch (BuildFailure failure) {
            // Only settings the preview cannot watch without end here; a failed build keeps the preview running.
            failure.problems().forEach(System.err::println);
            System.err.println("The preview did not start: fix the settings above and start it again.");
            return 1;
        } catch (BindException busy) {
            System.err.println("error: port " + port + " is already in use (another " + GuideCommand.name() + " serve?): stop it, or choose another port,"
                    + " e.g. --port " + (port + 1));
            return 1;
        }
        server.awaitStop();
        return 0;
    }
}
