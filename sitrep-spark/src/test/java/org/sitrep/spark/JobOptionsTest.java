package org.sitrep.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JobOptionsTest {
  @Test
  void readsEveryOption() {
    JobOptions o = JobOptions.parse("--in", "s3a://news/2024/*.jsonl", "--out", "/tmp/out", "--format", "parquet",
        "--published", "2024-03-12T08:15:00Z", "--partitions", "40", "--max-chars", "1000");
    assertEquals(new JobOptions("s3a://news/2024/*.jsonl", "/tmp/out", JobOptions.InputFormat.PARQUET,
        LocalDate.of(2024, 3, 12), 40, 1000), o);
  }

  @Test
  void defaultsToJsonLinesWithoutDate() {
    JobOptions o = JobOptions.parse("--in", "a.jsonl", "--out", "out");
    assertEquals(JobOptions.InputFormat.JSONL, o.format());
    assertEquals(null, o.published());
  }

  @Test
  void missingOutputIsAUsageError() {
    UsageException e = assertThrows(UsageException.class, () -> JobOptions.parse("--in", "a.jsonl"));
    assertEquals("--out DIR is required", e.getMessage());
  }

  @Test
  void unknownFormatNamesTheChoices() {
    UsageException e = assertThrows(UsageException.class,
        () -> JobOptions.parse("--in", "a", "--out", "b", "--format", "csv"));
    assertEquals("--format is \"csv\", expected jsonl or parquet", e.getMessage());
  }

  @Test
  void impossibleDateIsRefused() {
    UsageException e = assertThrows(UsageException.class,
        () -> JobOptions.parse("--in", "a", "--out", "b", "--published", "2024-02-30"));
    assertEquals("--published is \"2024-02-30\", no such day: February 2024 has 29 days", e.getMessage());
  }

  @Test
  void optionWithoutValueIsRefused() {
    UsageException e = assertThrows(UsageException.class, () -> JobOptions.parse("--in", "a", "--out"));
    assertEquals("--out needs a value", e.getMessage());
  }

  @Test
  void zeroPartitionsIsRefused() {
    UsageException e = assertThrows(UsageException.class,
        () -> JobOptions.parse("--in", "a", "--out", "b", "--partitions", "0"));
    assertEquals("--partitions is \"0\", expected a positive whole number", e.getMessage());
  }
}
