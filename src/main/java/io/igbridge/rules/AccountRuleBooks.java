package io.igbridge.rules;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule book each account's events are decided by: the account's own rules file when it has one, otherwise the
 * default rules ({@code IGBRIDGE_RULES_FILE}, or the built-in ones). An account's file is loaded at its first event
 * and reloaded like the default one whenever its content changes (the last good rules stay in force while it has
 * problems). A file that can't be loaded at all (removed, or broken since it was checked when the account was added)
 * leaves the account on the default rules, said once in the log.
 */
public final class AccountRuleBooks {

    private static final Logger log = LoggerFactory.getLogger(AccountRuleBooks.class);

    private final RuleBook defaultBook;
    private final AccountRulesFiles files;
    private final RulesFileParser parser;
    private final Clock clock;
    private final Map<String, RuleBook> byFile = new ConcurrentHashMap<>();
    private final Set<String> toldUnreadable = ConcurrentHashMap.newKeySet();

    AccountRuleBooks(RuleBook defaultBook, AccountRulesFiles files, RulesFileParser parser, Clock clock) {
        this.defaultBook = defaultBook;
        this.files = files;
        this.parser = parser;
        this.clock = clock;
    }

    /**
     * Checks a rules file as an account's: every problem with its line.
     *
     * @throws RulesFileException when it can't be read or has problems
     */
    public static void check(String file, String pricesUrl) {
        new RuleBook(RuleSource.file(Path.of(file)), new RulesFileParser(pricesUrl), Clock.systemUTC());
    }

    RuleBook forAccount(String accountId) {
        Optional<String> file = accountId == null ? Optional.empty() : files.rulesFile(accountId);
        if (file.isEmpty()) {
            return defaultBook;
        }
        try {
            return byFile.computeIfAbsent(file.get(), path -> new RuleBook(RuleSource.file(Path.of(path)), parser,
                    clock));
        } catch (RulesFileException unreadable) {
            if (toldUnreadable.add(file.get())) {
                log.error("{}\nAccount {} follows the default rules until its file is fixed.", unreadable.getMessage(),
                        accountId);
            }
            return defaultBook;
        }
    }

    /** Reloads each rules file in use whose content changed. */
    void reloadIfChanged() {
        if (defaultBook.sourceChanges()) {
            defaultBook.reloadIfChanged();
        }
        byFile.values().forEach(RuleBook::reloadIfChanged);
    }

    RuleBook defaultBook() {
        return defaultBook;
    }
}
