package io.igbridge.graphapi;

import io.igbridge.config.IgbridgeProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The configured account ({@code INSTAGRAM_PAGE_ID}, {@code IGBRIDGE_LOGIN}) with the token in force, read from
 * the {@link AccessTokenSource} at each call: the one place callers get a {@link GraphAccount} from.
 */
@Component
public class ConfiguredAccount {

    private final IgbridgeProperties.Instagram instagram;
    private final AccessTokenSource tokens;

    @Autowired
    ConfiguredAccount(IgbridgeProperties properties, AccessTokenSource tokens) {
        this(properties.instagram(), tokens);
    }

    ConfiguredAccount(IgbridgeProperties.Instagram instagram, AccessTokenSource tokens) {
        this.instagram = instagram;
        this.tokens = tokens;
    }

    /**
     * The account, for the Instagram account {@code instagramUserId} (the webhook's {@code entry.id}).
     *
     * @throws IllegalStateException when {@code INSTAGRAM_PAGE_ID} is not set
     */
    public GraphAccount forInstagramUser(String instagramUserId) {
        if (!instagram.hasPageId()) {
            throw new IllegalStateException("INSTAGRAM_PAGE_ID is not set: the send node is unknown");
        }
        String accountId = instagram.pageId().strip();
        return new GraphAccount(accountId, instagram.login(), tokens.current(accountId), instagramUserId);
    }

    /**
     * Whether the token a call was made with is still the one in force: Meta refusing an older one (another node put
     * a new token in force meanwhile) says nothing about the current one.
     */
    public boolean stillInForce(GraphAccount used) {
        return tokens.current(used.accountId()).matches(used.accessToken().reveal());
    }

    /** The account, its Instagram user id being its send node's. */
    public GraphAccount get() {
        return forInstagramUser(null);
    }
}
