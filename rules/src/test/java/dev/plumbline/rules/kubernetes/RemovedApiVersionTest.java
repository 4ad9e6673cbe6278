package dev.plumbline.rules.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plumbline.rules.kubernetes.RemovedApiVersion.Removal;
import org.junit.jupiter.api.Test;

class RemovedApiVersionTest {

  @Test
  void versionsAreJudgedPerKind() {
    assertThat(RemovedApiVersion.find("storage.k8s.io/v1beta1", "StorageClass"))
        .map(Removal::removedIn).hasValue("1.22");
    assertThat(RemovedApiVersion.find("storage.k8s.io/v1beta1", "CSIStorageCapacity"))
        .map(Removal::removedIn).hasValue("1.27");
    assertThat(RemovedApiVersion.find("storage.k8s.io/v1beta1", "VolumeAttributesClass"))
        .isEmpty();
    assertThat(RemovedApiVersion.find("apps/v1", "Deployment")).isEmpty();
  }

  @Test
  void aListKindIsJudgedLikeItsItems() {
    assertThat(RemovedApiVersion.find("batch/v1beta1", "CronJobList"))
        .map(Removal::replacement).hasValue("batch/v1");
    assertThat(RemovedApiVersion.find("v1", "List")).isEmpty();
  }

  @Test
  void noReplacementIsItselfRemoved() {
    for (Removal removal : RemovedApiVersion.removals()) {
      if (removal.hasReplacement()) {
        assertThat(RemovedApiVersion.find(removal.replacement(), removal.kind()))
            .as("replacement of %s", removal).isEmpty();
      } else {
        assertThat(removal.note()).as("what to do instead of %s", removal).isNotEmpty();
      }
    }
  }

  @Test
  void releasesAreKubernetesMinorVersions() {
    assertThat(RemovedApiVersion.removals()).isNotEmpty()
        .allSatisfy(r -> assertThat(r.removedIn()).matches("1\\.\\d+"));
  }
}
