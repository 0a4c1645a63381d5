package guide.publish;

import guide.site.GuideCommand;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Carries out a {@link PublishPlan} on a bucket: each phase of uploads with {@link S3Bucket#PARALLEL}
 * requests at once, and only when a phase has completed, the next; deletions last, and only when
 * every upload succeeded. A failure stops the publish: files not yet uploaded stay as they were
 * in the bucket, and nothing is deleted; running the publish again finishes it.
 */
public final class Publisher {
    private final S3Bucket bucket;

    public Publisher(S3Bucket bucket) {
        this.bucket = bucket;
    }

    public PublishResult run(PublishPlan plan) throws PublishFailure {
        boolean etagsMatch = true;
        int done = 0;
        ExecutorService pool = Executors.newFixedThreadPool(S3Bucket.PARALLEL, r -> {
            Thread t = new Thread(r, "publish-upload");
            t.setDaemon(true);
            return t;
        });
        try {
            for (List<Upload> phase : plan.phases()) {
                List<Future<Boolean>> running = new ArrayList<>();
                for (Upload upload : phase) {
                    running.add(pool.submit(() -> bucket.upload(upload)));
                }
                PublishFailure failure = null;
                for (Future<Boolean> future : running) {
                    try {
                        etagsMatch &= future.get();
                        done++;
                    } catch (ExecutionException e) {
                        if (failure == null) {
                            failure = e.getCause() instanceof PublishFailure f ? f : new PublishFailure(String.valueOf(e.getCause()), e.getCause());
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new PublishFailure("interrupted after " + done + " of " + plan.uploads().size() + " uploads; nothing was deleted");
                    }
                }
                if (failure != null) {
                    throw new PublishFailure(failure.getMessage() + " (" + done + " of " + plan.uploads().size()
                            + " uploads done, nothing deleted: run " + GuideCommand.name() + " publish again to finish)", failure);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        bucket.delete(plan.deletions());
        int uploadedNew = (int) plan.uploads().stream().filter(Upload::isNew).count();
        return new PublishResult(uploadedNew, plan.uploads().size() - uploadedNew, plan.deletions().size(), plan.unchanged(),
                plan.uploadBytes(), etagsMatch);
    }
}
