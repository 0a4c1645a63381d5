package guide.readme;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a test class's {@code static Path} field: the folder of a copy of the real project (content, settings, templates,
 * assets), made before the class's own {@code @BeforeAll} methods run and deleted after its last test. The README quotes
 * the real site, so most README tests run its commands on such a copy; see {@link RealProjectCopy}.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RealProjectCopy.class)
@interface RealProject {
    /** True to make the copy a git repository with everything committed, as the real project is. */
    boolean git() default false;
}
