package io.igbridge.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** IGBRIDGE_LEADS_DEFAULT_REGION: FR unless set, any case, and a region libphonenumber does not know stops start-up. */
class LeadsPropertiesTests {

    @Test
    void theRegionIsFranceUnlessSet() {
        assertThat(new LeadsProperties(null).defaultRegion()).isEqualTo("FR");
        assertThat(new LeadsProperties(" ").defaultRegion()).isEqualTo("FR");
        assertThat(new LeadsProperties(" be ").defaultRegion()).isEqualTo("BE");
    }

    @Test
    void anUnknownRegionIsNamedWithItsSetting() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LeadsProperties("France"))
                .withMessageContaining("IGBRIDGE_LEADS_DEFAULT_REGION").withMessageContaining("FRANCE");
    }
}
