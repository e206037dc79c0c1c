package dev.dateline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's JDK discovery, run on fake JDKs whose `java -version` prints what real ones print. */
class LauncherTest {
  @TempDir Path tmp;
  private Path script;

  record Result(int code, String out, String err) {}

  @BeforeEach
  void findScript() {
    Path module = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    script = module.getParent().resolve("dateline");
    assumeTrue(Files.isRegularFile(script), "launcher script not found at " + script);
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")), "no bash here");
  }

  private Path fakeJdk(String name, String versionLine) throws IOException {
    Path bin = Files.createDirectories(tmp.resolve("jvm").resolve(name).resolve("bin"));
    Path java = bin.resolve("java");
    Files.writeString(java, "#!/bin/sh\necho '" + versionLine + "' >&2\necho 'Runtime Environment' >&2\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    return tmp.resolve("jvm").resolve(name);
  }

  private Result find(String javaHome) throws Exception {
    ProcessBuilder pb = new ProcessBuilder("bash", script.toString());
    Map<String, String> env = pb.environment();
    env.put("DATELINE_FIND_JAVA_ONLY", "1");
    env.put("DATELINE_JVM_DIR", tmp.resolve("jvm").toString());
    if (javaHome == null) {
      env.remove("JAVA_HOME");
    } else {
      env.put("JAVA_HOME", javaHome);
    }
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    return new Result(p.waitFor(), out, err);
  }

  @Test
  void javaHomeIsUsedWhenItIsAtLeast21() throws Exception {
    Path jdk21 = fakeJdk("jdk-21", "openjdk version \"21.0.4\" 2024-07-16");
    fakeJdk("jdk-25", "openjdk version \"25\" 2025-09-16");
    assertThat(find(jdk21.toString()).out()).isEqualTo(jdk21.resolve("bin/java").toString());
  }

  @Test
  void newestJdkOfTheJvmDirectoryIsUsedWhenJavaHomeIsTooOld() throws Exception {
    Path jdk17 = fakeJdk("jdk-17", "openjdk version \"17.0.15\" 2025-04-15");
    fakeJdk("jdk-21", "openjdk version \"21.0.4\" 2024-07-16");
    Path jdk25 = fakeJdk("temurin-25", "openjdk version \"25.0.1\" 2025-10-21 LTS");
    assertThat(find(jdk17.toString()).out()).isEqualTo(jdk25.resolve("bin/java").toString());
  }

  @Test
  void oldStyleVersionsAreReadAsTheirFeatureRelease() throws Exception {
    fakeJdk("jdk-8", "java version \"1.8.0_292\"");
    Path jdk22 = fakeJdk("jdk-22", "openjdk version \"22-ea\" 2024-03-19");
    assertThat(find(null).out()).isEqualTo(jdk22.resolve("bin/java").toString());
  }

  @Test
  void noJdk21FailsWithAClearMessage() throws Exception {
    Path jdk17 = fakeJdk("jdk-17", "openjdk version \"17.0.15\" 2025-04-15");
    Result r = find(jdk17.toString());
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("no JDK 21 or newer found").contains(jdk17.toString());
  }
}
