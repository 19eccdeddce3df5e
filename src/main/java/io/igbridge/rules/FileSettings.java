package io.igbridge.rules;

import java.util.Map;
import java.util.Optional;

/**
 * What a rules file's top level sets for all its rules, handed to the parsers of its parts.
 *
 * @param constants     the template constants: {@code prices_url} (from IGBRIDGE_PRICES_URL) and the file's
 *                      {@code variables}
 * @param businessHours the file's {@code business_hours}, if it has valid ones
 * @param businessHoursWritten whether the file has a {@code business_hours} section, valid or not
 */
record FileSettings(Language defaultLanguage, Map<String, String> constants, Optional<BusinessHours> businessHours,
                    boolean businessHoursWritten) {

    FileSettings {
        constants = Map.copyOf(constants);
    }
}
