package io.igbridge.leads;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone numbers in a text, found and checked by Google's libphonenumber: a number without a country code is read
 * as one of {@code defaultRegion} (IGBRIDGE_LEADS_DEFAULT_REGION), and only numbers valid for their country count
 * ({@link Leniency#VALID}: a French number written nationally needs its leading 0, so a bare "612345678" is not
 * one). libphonenumber already passes over dates, times and numbers glued to letters; on top of that, a number
 * that is part of a code ("CMD-0612345678", "#0612345678") or next to a currency sign ("0612345678 €") is none.
 */
final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    /** A code's separator between its letters and its digits: "CMD-", "REF_", "A/". */
    private static final Pattern GLUE = Pattern.compile("[-_/.]");
    private static final Pattern PHONE_CHARACTERS = Pattern.compile("\\+?[0-9 ().\\-]+");
    private static final int MIN_DIGITS = 7;
    private static final int MAX_DIGITS = 15;

    private final String defaultRegion;

    PhoneNumbers(String defaultRegion) {
        this.defaultRegion = defaultRegion;
    }

    /** Whether libphonenumber knows the region (an ISO 3166 code such as FR, BE, US). */
    static boolean isKnownRegion(String region) {
        return UTIL.getSupportedRegions().contains(region);
    }

    /** The numbers in the text, in order (repeats included). */
    List<FoundContact> in(String text) {
        List<FoundContact> found = new ArrayList<>();
        for (PhoneNumberMatch match : UTIL.findNumbers(text, defaultRegion, Leniency.VALID, Long.MAX_VALUE)) {
            if (!partOfACode(text, match.start(), match.end()) && !nextToACurrency(text, match.start(), match.end())) {
                found.add(new FoundContact(ContactKind.PHONE, match.rawString(), e164(match.number()),
                        LeadSource.TEXT));
            }
        }
        return found;
    }

    /**
     * The value when it is one phone number and nothing else, as a contact quick reply sends it (from the person's
     * profile, so taken as a phone number even where libphonenumber does not know it): in E.164 when libphonenumber
     * can tell, else its digits after a +.
     */
    Optional<FoundContact> whole(String value, LeadSource source) {
        String candidate = value.strip();
        if (!PHONE_CHARACTERS.matcher(candidate).matches()) {
            return Optional.empty();
        }
        String digits = candidate.replaceAll("[^0-9]", "");
        if (digits.length() < MIN_DIGITS || digits.length() > MAX_DIGITS) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(candidate, defaultRegion);
            if (UTIL.isValidNumber(number)) {
                return Optional.of(new FoundContact(ContactKind.PHONE, candidate, e164(number), source));
            }
        } catch (NumberParseException unknown) {
            // its digits, below
        }
        return Optional.of(new FoundContact(ContactKind.PHONE, candidate, "+" + digits, source));
    }

    private static String e164(PhoneNumber number) {
        return UTIL.format(number, PhoneNumberFormat.E164);
    }

    private static boolean partOfACode(String text, int start, int end) {
        if (start > 0 && text.charAt(start - 1) == '#') {
            return true;
        }
        boolean codeBefore = start >= 2 && GLUE.matcher(text.substring(start - 1, start)).matches()
                && Character.isLetter(text.charAt(start - 2));
        boolean codeAfter = end + 1 < text.length() && GLUE.matcher(text.substring(end, end + 1)).matches()
                && Character.isLetter(text.charAt(end + 1));
        return codeBefore || codeAfter;
    }

    private static boolean nextToACurrency(String text, int start, int end) {
        String before = text.substring(0, start).stripTrailing();
        String after = text.substring(end).stripLeading();
        return !before.isEmpty() && Character.getType(before.charAt(before.length() - 1)) == Character.CURRENCY_SYMBOL
                || !after.isEmpty() && Character.getType(after.charAt(0)) == Character.CURRENCY_SYMBOL;
    }
}
