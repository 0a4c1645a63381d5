/**
 * The command line ({@code ./guide}), with picocli: {@link guide.cli.Main} lists the commands, one class each
 * ({@link guide.cli.BuildCommand}, {@link guide.cli.ServeCommand}, {@link guide.cli.PublishCommand}, the translation
 * commands, {@link guide.cli.DaemonCommand}). They parse options and hand over to the package that does the work.
 */
package guide.cli;
