package guide.publish;

/** A publish plan as {@code --dry-run} prints it: one line per upload and deletion, in the order they would happen. */
public final class PlanPrinter {
    private PlanPrinter() {
    }

    public static String text(PublishPlan plan) {
        StringBuilder s = new StringBuilder();
        for (Upload upload : plan.uploads()) {
            s.append(String.format("  upload  %-8s %s (%s, %s)%n", upload.isNew() ? "new" : "changed", upload.file().path(),
                    PublishResult.size(upload.file().size()), upload.file().cachePolicy() == CachePolicy.IMMUTABLE ? "immutable" : "revalidate"));
        }
        for (String key : plan.deletions()) {
            s.append(String.format("  delete           %s%n", key));
        }
        int fresh = (int) plan.uploads().stream().filter(Upload::isNew).count();
        s.append(String.format("Dry run: would upload %d (%d new, %d changed; %s), delete %d, leave %d unchanged. Nothing was changed in the bucket.%n",
                plan.uploads().size(), fresh, plan.uploads().size() - fresh, PublishResult.size(plan.uploadBytes()), plan.deletions().size(),
                plan.unchanged()));
        return s.toString();
    }
}
