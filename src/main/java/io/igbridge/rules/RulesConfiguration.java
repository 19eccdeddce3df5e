package io.igbridge.rules;

import java.nio.file.Path;
import java.time.Clock;

import io.igbridge.moderation.ModerationProperties;
import io.igbridge.moderation.SentimentAnalyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rules' beans. A configured rules file with problems fails start-up (see {@link RulesFileFailureAnalyzer}):
 * the operator asked for those rules, and answering customers with other ones would be worse than not starting.
 * Cooldowns, conversation facts and the language guess are taken from beans when there are some, otherwise the
 * in-memory stand-ins and the built-in guess are used.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RulesProperties.class)
class RulesConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RulesConfiguration.class);

    @Bean
    RuleBook ruleBook(RulesProperties properties, Clock clock) {
        RuleSource source = properties.file().isEmpty() ? RuleSource.builtIn()
                : RuleSource.file(Path.of(properties.file()));
        return new RuleBook(source, new RulesFileParser(properties.pricesUrl()), clock);
    }

    @Bean
    AccountRuleBooks accountRuleBooks(RuleBook ruleBook, ObjectProvider<AccountRulesFiles> files,
                                      RulesProperties properties, Clock clock) {
        return new AccountRuleBooks(ruleBook, files.getIfAvailable(() -> AccountRulesFiles.NONE),
                new RulesFileParser(properties.pricesUrl()), clock);
    }

    @Bean
    RulesFileWatcher rulesFileWatcher(AccountRuleBooks ruleBooks, RulesProperties properties) {
        return new RulesFileWatcher(ruleBooks, properties.reloadInterval());
    }

    @Bean
    AutoReplyRules autoReplyRules(AccountRuleBooks ruleBook, ObjectProvider<Cooldowns> cooldowns,
                                  ObjectProvider<ConversationFacts> conversationFacts,
                                  ObjectProvider<LanguageGuess> languageGuess,
                                  ObjectProvider<SentimentAnalyzer> analyzer, ObjectProvider<ModerationProperties> moderation) {
        ModerationProperties moderationSettings = moderation.getIfAvailable();
        boolean moderated = moderationSettings != null && moderationSettings.enabled();
        return new AutoReplyRules(ruleBook, cooldowns.getIfAvailable(() -> {
            log.info("Rule cooldowns are kept in memory: they restart empty with the service");
            return new InMemoryCooldowns();
        }), conversationFacts.getIfAvailable(InMemoryConversationFacts::new),
                languageGuess.getIfAvailable(LanguageGuess::stopWords),
                moderated ? analyzer.getIfAvailable() : null);
    }
}
