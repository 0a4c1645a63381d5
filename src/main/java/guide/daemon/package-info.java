/**
 * {@code ./guide daemon}: a warm JVM ({@link guide.daemon.BuildDaemon}) that {@code ./guide build} hands its builds to
 * ({@link guide.daemon.DaemonClient}). The client finds the daemon through {@link guide.daemon.DaemonFile} (port, secret
 * token, process id) and reads the build's output back as {@link guide.daemon.Frames}.
 */
package guide.daemon;
