package io.igbridge.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The CSV export: RFC 4180 quoting, and no cell a spreadsheet would run as a formula. */
class LeadsCsvTests {

    @Test
    void fieldsAreQuotedOnlyWhenTheyMustAndFormulasAreDefused() {
        assertThat(LeadsCsv.field("marie@example.com")).isEqualTo("marie@example.com");
        assertThat(LeadsCsv.field("06 12 34 56 78")).isEqualTo("06 12 34 56 78");
        assertThat(LeadsCsv.field("a, b")).isEqualTo("\"a, b\"");
        assertThat(LeadsCsv.field("il a dit \"oui\"")).isEqualTo("\"il a dit \"\"oui\"\"\"");
        assertThat(LeadsCsv.field("+33612345678")).isEqualTo("'+33612345678");
        assertThat(LeadsCsv.field("=HYPERLINK(\"http://x\",\"clic\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"clic\"\")\"");
        assertThat(LeadsCsv.field("-1+1")).isEqualTo("'-1+1");
        assertThat(LeadsCsv.field("@SUM(A1:A2)")).isEqualTo("'@SUM(A1:A2)");
        assertThat(LeadsCsv.field("a=b")).isEqualTo("a=b");
    }

    @Test
    void lineBreaksAndTabsAreQuotedOrDefused() {
        assertThat(LeadsCsv.field("ligne 1\nligne 2")).isEqualTo("\"ligne 1\nligne 2\"");
        assertThat(LeadsCsv.field("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(LeadsCsv.field("\r=1+1")).isEqualTo("\"'\r=1+1\"");
        assertThat(LeadsCsv.field("")).isEmpty();
    }

    @Test
    void aLeadWhoseEventWasPurgedHasAnEmptyEventId() {
        Lead lead = new Lead(8, "17841400000000001", "990001", "email", "a@example.org", "a@example.org", "text", null,
                "a@example.org", Instant.parse("2026-11-23T10:15:30Z"));

        assertThat(LeadsCsv.row(lead)).contains(",text,,a@example.org\r\n");
    }

    @Test
    void aRowHasEveryColumnOfTheHeaderAndEndsInCrLf() {
        Lead lead = new Lead(7, "17841400000000001", "990001", "phone", "06 12 34 56 78", "+33612345678", "text", 42L,
                "Rappelez-moi, au 06 12 34 56 78", Instant.parse("2026-11-23T10:15:30Z"));

        assertThat(LeadsCsv.row(lead)).isEqualTo("2026-11-23T10:15:30Z,17841400000000001,990001,phone,06 12 34 56 78,"
                + "'+33612345678,text,42,\"Rappelez-moi, au 06 12 34 56 78\"\r\n");
        assertThat(LeadsCsv.HEADER.split(",")).hasSize(9);
        assertThat(LeadsCsv.HEADER).endsWith("\r\n");
    }
}
