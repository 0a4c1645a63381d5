package guide.cli;

import guide.build.BuildReport;
import guide.build.SiteBuilder;
import guide.publish.PlanPrinter;
import guide.publish.PublishFailure;
import guide.publish.PublishPlan;
import guide.publish.PublishPlanner;
import guide.publish.PublishResult;
import guide.publish.PublishTarget;
import guide.publish.Publisher;
import guide.publish.S3Bucket;
import guide.publish.SiteFiles;
import guide.site.BuildFailure;
import guide.site.GuideCommand;
import guide.site.Problem;
import guide.site.SiteConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.util.concurrent.Callable;

/**
 * {@code ./guide publish}: builds the site (the build decides whether it is complete and correct,
 * and takes a fraction of a second when nothing changed), then uploads what changed to the bucket
 * of {@code site.publish.*} and removes what the site no longer has.
 */
@Command(name = "publish", description = {
        "Build the site, then upload what changed to the S3-compatible bucket set by site.publish.* in jbake.properties.",
        "%nUploads new and changed files (assets first, then pages), then deletes what the site no longer has."
                + " Credentials come from the AWS SDK's chain (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE)."})
final class PublishCommand implements Callable<Integer> {
    @Mixin
    ProjectOptions options;

    @Mixin
    SiteOutputOption site;

    @Option(names = "--dry-run", description = "Print what would be uploaded and deleted; change nothing.")
    boolean dryRun;

    @Option(names = "--confirm-deletions", description = "Delete files even when there are more to delete than the limit (site.publish.confirmDeletionsAbove, default 20).")
    boolean confirmDeletions;

    @Option(names = "--force", description = "Upload every file, also unchanged ones (after the content types or cache policy changed).")
    boolean force;

    @Override
    public Integer call() {
        PublishTarget target;
        BuildReport report;
        options.noteIfElsewhere("publishing", "publish");
        try {
            target = PublishTarget.from(SiteConfig.load(options.projectDir()));
            report = new SiteBuilder(options.projectDir()).build(site.outputDir(options));
        } catch (BuildFailure failure) {
            failure.print(System.err);
            System.err.println("Not published: " + Problem.count(failure.problems().size()) + "; the bucket was not touched.");
            return 1;
        } catch (IOException | RuntimeException e) {
            System.err.println("error: the build stopped unexpectedly: " + e);
            System.err.println("Not published; the bucket was not touched.");
            return 1;
        }
        System.out.print(report.summary(options.typedIn));
        long start = System.nanoTime();
        try (S3Bucket bucket = S3Bucket.of(target)) {
            bucket.check();
            PublishPlan plan = PublishPlanner.plan(SiteFiles.scan(site.outputDir(options)), bucket.list(), target.prefix(), force);
            System.out.println("Publishing " + BuildReport.shownFrom(options.typedIn, site.outputDir(options)) + " to " + target.describe());
            if (dryRun) {
                System.out.print(PlanPrinter.text(plan));
                return 0;
            }
            if (plan.deletions().size() > target.confirmDeletionsAbove() && !confirmDeletions) {
                System.err.println(target.at("site.publish.confirmDeletionsAbove") + ": this publish would delete " + plan.deletions().size()
                        + " files (more than " + target.confirmDeletionsAbove() + "): check them with " + GuideCommand.name() + " publish --dry-run, then run "
                        + GuideCommand.name() + " publish --confirm-deletions. Nothing was changed in the bucket.");
                return 1;
            }
            PublishResult result = new Publisher(bucket).run(plan);
            System.out.println(result.summary((System.nanoTime() - start) / 1_000_000));
            return 0;
        } catch (PublishFailure failure) {
            System.err.println(failure.getMessage());
            return 1;
        } catch (IOException e) {
            System.err.println(site.outputDir(options) + ": cannot read the built site: " + e.getMessage());
            return 1;
        }
    }
}
