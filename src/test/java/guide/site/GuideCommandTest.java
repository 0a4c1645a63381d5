package guide.site;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The command as the editor typed it: the script's word, {@code ./guide} without one, a daemon's client's during its build. */
class GuideCommandTest {
    private String before;

    @BeforeEach
    void remember() {
        before = System.getProperty(GuideCommand.PROPERTY);
        System.clearProperty(GuideCommand.PROPERTY);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(GuideCommand.PROPERTY);
        } else {
            System.setProperty(GuideCommand.PROPERTY, before);
        }
    }

    @Test
    void withoutTheScriptItIsTheProjectFoldersCommand() {
        assertEquals("./guide", GuideCommand.name());
        System.setProperty(GuideCommand.PROPERTY, " ");
        assertEquals("./guide", GuideCommand.name(), "a blank word is no command");
    }

    @Test
    void itIsTheWordTheScriptPasses() {
        System.setProperty(GuideCommand.PROPERTY, "'/home/ann/my site/guide'");
        assertEquals("'/home/ann/my site/guide'", GuideCommand.name());
    }

    @Test
    void aDaemonsBuildNamesItsClientsCommandAndThenItsOwnAgain() {
        System.setProperty(GuideCommand.PROPERTY, "./guide");
        assertEquals("../guide", GuideCommand.typedAs("../guide", GuideCommand::name));
        assertEquals("./guide", GuideCommand.name());
        assertThrows(IllegalStateException.class, () -> GuideCommand.typedAs("../guide", () -> {
            throw new IllegalStateException("a build that stops");
        }));
        assertEquals("./guide", GuideCommand.name(), "given back after a build that threw");
        System.clearProperty(GuideCommand.PROPERTY);
        GuideCommand.typedAs("../guide", GuideCommand::name);
        assertNull(System.getProperty(GuideCommand.PROPERTY), "a daemon started without the script has none again");
    }
}
