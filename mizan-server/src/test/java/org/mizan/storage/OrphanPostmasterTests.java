package org.mizan.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lock files that must not stop a start: the orphan server itself is covered by the restart process test. */
class OrphanPostmasterTests {

    @TempDir
    Path dir;

    private Path lockFile(long pid, Path dataDirectory) throws Exception {
        return Files.writeString(dir.resolve("postmaster.pid"), pid + "\n" + dataDirectory + "\n1764633600\n5432\n");
    }

    @Test
    void removesTheLockFileOfAProcessThatIsGone() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path lock = lockFile(gone.pid(), dir);
        new OrphanPostmaster(dir).clear();
        assertThat(lock).doesNotExist();
    }

    @Test
    void aLiveProcessThatIsNotPostgresIsNoOrphan() throws Exception {
        // After a reboot the pid in a stale lock file may belong to anything; here, this JVM.
        Path lock = lockFile(ProcessHandle.current().pid(), dir);
        assertThat(new OrphanPostmaster(dir).orphan()).isEmpty();
        new OrphanPostmaster(dir).clear();
        assertThat(lock).doesNotExist();
        assertThat(ProcessHandle.current().isAlive()).isTrue();
    }

    @Test
    void leavesADirectoryWithoutLockFileAlone() throws Exception {
        Files.writeString(dir.resolve("PG_VERSION"), "17\n");
        new OrphanPostmaster(dir).clear();
        assertThat(dir.resolve("PG_VERSION")).hasContent("17");
    }
}
