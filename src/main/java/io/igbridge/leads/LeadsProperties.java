package io.igbridge.leads;

import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The leads settings.
 *
 * @param defaultRegion IGBRIDGE_LEADS_DEFAULT_REGION: the country of phone numbers written without a country code
 *                      (an ISO 3166 code: FR, BE, CH, CA…)
 */
@ConfigurationProperties("igbridge.leads")
public record LeadsProperties(String defaultRegion) {

    static final String DEFAULT_REGION = "FR";

    public LeadsProperties {
        defaultRegion = defaultRegion == null || defaultRegion.isBlank() ? DEFAULT_REGION
                : defaultRegion.strip().toUpperCase(Locale.ROOT);
        if (!PhoneNumbers.isKnownRegion(defaultRegion)) {
            throw new IllegalArgumentException("IGBRIDGE_LEADS_DEFAULT_REGION must be a country code libphonenumber"
                    + " knows (FR, BE, CH, CA, …), not '" + defaultRegion + "'");
        }
    }
}
