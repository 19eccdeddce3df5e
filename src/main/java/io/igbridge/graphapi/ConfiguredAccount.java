package io.igbridge.graphapi;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.igbridge.config.IgbridgeProperties;
import io.igbridge.config.IgbridgeProperties.LoginType;
import io.igbridge.config.Secret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Which account a call is made for, with the token in force read from the {@link AccessTokenSource} at each call:
 * the one place callers get a {@link GraphAccount} from. An event's account is its {@code entry.id}: an account
 * added through the admin API answers its own events with its own token and send node; the default account (the
 * environment's {@code INSTAGRAM_PAGE_ID}, {@code INSTAGRAM_ACCESS_TOKEN}, {@code IGBRIDGE_LOGIN}) answers its own
 * id, and every other id as long as no account is added (a single-account instance works as it always did) or when
 * it uses Facebook Login (its Instagram account id is then not in the settings: {@code INSTAGRAM_PAGE_ID} is the
 * Page's). Any other event is stored and shown but not answered: said once per account id in the log.
 */
@Component
public class ConfiguredAccount {

    private static final Logger log = LoggerFactory.getLogger(ConfiguredAccount.class);

    private final IgbridgeProperties.Instagram instagram;
    private final AccessTokenSource tokens;
    private final AddedAccounts added;
    private final Set<String> toldNotAnswered = ConcurrentHashMap.newKeySet();

    @Autowired
    ConfiguredAccount(IgbridgeProperties properties, AccessTokenSource tokens, ObjectProvider<AddedAccounts> added) {
        this(properties.instagram(), tokens, added.getIfAvailable(() -> AddedAccounts.NONE));
    }

    ConfiguredAccount(IgbridgeProperties.Instagram instagram, AccessTokenSource tokens) {
        this(instagram, tokens, AddedAccounts.NONE);
    }

    ConfiguredAccount(IgbridgeProperties.Instagram instagram, AccessTokenSource tokens, AddedAccounts added) {
        this.instagram = instagram;
        this.tokens = tokens;
        this.added = added;
    }

    /** The account that answers events of the Instagram account {@code instagramUserId} (the {@code entry.id}). */
    public Optional<GraphAccount> route(String instagramUserId) {
        Optional<AddedAccount> own = instagramUserId == null ? Optional.empty() : added.find(instagramUserId);
        if (own.isPresent()) {
            return own.filter(AddedAccount::active).map(this::graphAccount);
        }
        return defaultAnswers(instagramUserId) ? Optional.of(defaultAccount(instagramUserId)) : Optional.empty();
    }

    /**
     * The account, for the Instagram account {@code instagramUserId} (the webhook's {@code entry.id}).
     *
     * @throws IllegalStateException when no account answers it (the message says why)
     */
    public GraphAccount forInstagramUser(String instagramUserId) {
        return route(instagramUserId).orElseThrow(() -> new IllegalStateException(whyNotAnswered(instagramUserId)));
    }

    /**
     * Why events of {@code instagramUserId} are not answered, in plain words (no secret); said in the log the first
     * time it is asked for each account.
     */
    public String whyNotAnswered(String instagramUserId) {
        Optional<AddedAccount> own = instagramUserId == null ? Optional.empty() : added.find(instagramUserId);
        String why;
        if (own.isPresent()) {
            why = "Instagram account " + instagramUserId + " is disabled here: its events are stored, not answered";
        } else if (!defaultConfigured() && !added.any()) {
            return "INSTAGRAM_ACCESS_TOKEN and INSTAGRAM_PAGE_ID must be set to send";
        } else {
            why = "Instagram account " + instagramUserId + " is not configured here (neither INSTAGRAM_PAGE_ID nor an"
                    + " account added with POST /api/admin/accounts): its events are stored, not answered";
        }
        if (instagramUserId != null && toldNotAnswered.add(instagramUserId)) {
            log.warn("{}. This is said once per account", why);
        }
        return why;
    }

    /** The accounts added through the admin API and not disabled, with their tokens in force. */
    public List<GraphAccount> activeAddedAccounts() {
        return added.all().stream().filter(AddedAccount::active).map(this::graphAccount).toList();
    }

    /**
     * Whether the token a call was made with is still the one in force: Meta refusing an older one (another node put
     * a new token in force meanwhile) says nothing about the current one.
     */
    public boolean stillInForce(GraphAccount used) {
        String id = used.accountId();
        Secret inForce = added.find(id).isPresent() ? tokens.currentAdded(id) : tokens.current(id);
        return inForce.matches(used.accessToken().reveal());
    }

    /**
     * The default account, its Instagram user id being its send node's.
     *
     * @throws IllegalStateException when {@code INSTAGRAM_PAGE_ID} is not set
     */
    public GraphAccount get() {
        if (!instagram.hasPageId()) {
            throw new IllegalStateException("INSTAGRAM_PAGE_ID is not set: the send node is unknown");
        }
        return defaultAccount(null);
    }

    private boolean defaultAnswers(String instagramUserId) {
        return defaultConfigured() && (instagramUserId == null || instagramUserId.equals(pageId())
                || instagram.login() == LoginType.FACEBOOK || !added.any());
    }

    private boolean defaultConfigured() {
        return instagram.hasPageId() && instagram.hasAccessToken();
    }

    private GraphAccount defaultAccount(String instagramUserId) {
        return new GraphAccount(pageId(), instagram.login(), tokens.current(pageId()), instagramUserId);
    }

    private GraphAccount graphAccount(AddedAccount account) {
        return new GraphAccount(account.accountId(), account.login(), tokens.currentAdded(account.accountId()),
                account.accountId(), account.sendNode());
    }

    private String pageId() {
        return instagram.pageId().strip();
    }
}
