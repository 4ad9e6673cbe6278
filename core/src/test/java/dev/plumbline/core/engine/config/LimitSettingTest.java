package dev.plumbline.core.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.core.engine.Limits;
import java.util.Arrays;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LimitSettingTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "1, 1", "5242880, 5242880", "512KB, 524288", "10MB, 10485760", "10 mb, 10485760",
      "10MiB, 10485760", "1GB, 1073741824", "1gib, 1073741824", "100b, 100"})
  void sizesAreBytesOrWholeNumbersWithABinaryUnit(String text, long bytes) {
    assertThat(LimitSetting.MAX_FILE_SIZE.parse(text)).hasValue(bytes);
  }

  @ParameterizedTest(name = "''{0}''")
  @CsvSource({"0", "0MB", "2GB", "1025MB", "1.5MB", "-1", "10 TB", "ten", "''", "MB",
      "99999999999999999999"})
  void otherSizesAreRejected(String text) {
    assertThat(LimitSetting.MAX_FILE_SIZE.parse(text)).isEmpty();
  }

  @Test
  void countsAreWholeNumbersInRange() {
    assertThat(LimitSetting.MAX_FILES.parse("100000")).hasValue(100_000);
    assertThat(LimitSetting.MAX_FILES.parse("0")).isEmpty();
    assertThat(LimitSetting.MAX_YAML_ALIASES.parse("0")).hasValue(0);
    assertThat(LimitSetting.MAX_FILES.parse("10MB")).isEmpty();
    assertThat(LimitSetting.MAX_FILES.parse("2147483648")).isEmpty();
    assertThat(LimitSetting.MAX_FILES.parse("99999999999999999999")).isEmpty();
  }

  @Test
  void eachSettingSetsItsOwnLimit() {
    for (LimitSetting setting : LimitSetting.values()) {
      Limits changed = setting.with(Limits.DEFAULT, 7);
      assertThat(setting.of(changed)).as(setting.key()).isEqualTo(7);
      assertThat(Arrays.stream(LimitSetting.values()).filter(s -> s != setting))
          .as(setting.key()).allMatch(s -> s.of(changed) == s.of(Limits.DEFAULT));
    }
  }

  @Test
  void defaultsAsWrittenInAConfigurationFile() {
    assertThat(Arrays.stream(LimitSetting.values())
        .map(s -> s.key() + "=" + s.defaultText()))
        .containsExactly("max-file-size=5MB", "max-files=100000", "max-findings-per-file=1000",
            "max-yaml-aliases=2000", "max-yaml-alias-nodes=100000", "max-yaml-depth=500");
    assertThat(LimitSetting.forKey("max-files")).hasValue(LimitSetting.MAX_FILES);
    assertThat(LimitSetting.forKey("max-file")).isEmpty();
    assertThat(OptionalLong.of(LimitSetting.MAX_FILE_SIZE.of(Limits.DEFAULT)))
        .hasValue(5L << 20);
  }
}
