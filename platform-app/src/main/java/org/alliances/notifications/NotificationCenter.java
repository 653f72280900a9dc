package org.alliances.notifications;

import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.i18n.I18NProvider;

import org.alliances.accounts.AccountService;
import org.alliances.accounts.CurrentMember;
import org.alliances.kernel.Retention;
import org.alliances.kernel.runtime.Mailer;
import org.alliances.notifications.internal.ChannelPreference;
import org.alliances.notifications.internal.ChannelPreferences;
import org.alliances.notifications.internal.LiveBells;
import org.alliances.notifications.internal.MessageTextChoices;
import org.alliances.notifications.internal.StoredNotification;
import org.alliances.notifications.internal.StoredNotifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each member's notifications and delivers them by the channel the member chose for their kind.
 * The signed-in member reads and tunes only their own.
 */
@Service
public class NotificationCenter {

    private static final Logger log = LoggerFactory.getLogger(NotificationCenter.class);

    private final StoredNotifications notifications;
    private final ChannelPreferences preferences;
    private final AccountService accounts;
    private final CurrentMember currentMember;
    private final Mailer mailer;
    private final I18NProvider translations;
    private final MessageTextChoices messageTexts;
    private final Clock clock;
    private final LiveBells bells;
    private final ApplicationEventPublisher events;

    NotificationCenter(StoredNotifications notifications, ChannelPreferences preferences, AccountService accounts,
                       CurrentMember currentMember, Mailer mailer, I18NProvider translations, MessageTextChoices messageTexts, Clock clock,
                       LiveBells bells, ApplicationEventPublisher events) {
        this.bells = bells;
        this.events = events;
        this.messageTexts = messageTexts;
        this.notifications = notifications;
        this.preferences = preferences;
        this.accounts = accounts;
        this.currentMember = currentMember;
        this.mailer = mailer;
        this.translations = translations;
        this.clock = clock;
    }

    /**
     * Notifies a member once per source: a second call with the same source key (the same event delivered twice)
     * changes nothing.
     */
    @Transactional
    public void notify(UUID accountId, NotificationKind kind, String sourceKey, String messageKey, String... arguments) {
        var key = sourceKey + ":" + accountId;
        if (notifications.existsBySourceKey(key)) {
            return;
        }
        var channel = channelOf(accountId, kind);
        var notification = notifications.save(new StoredNotification(accountId, kind, messageKey, List.of(arguments), key,
                channel, clock.instant()));
        if (channel == Channel.EMAIL) {
            accounts.find(accountId).ifPresent(account -> mailer.send("notification-" + kind.name(), account.email(),
                    translate("mail.subject." + kind.name()), translate(messageKey, (Object[]) arguments)));
            notification.markSent(clock.instant());
        }
        events.publishEvent(new NotificationAdded(notification.id(), accountId));
    }

    /**
     * Notifies a member of a conversation's new message (source key {@code message:<message id>}), once: under the
     * bell at once; by e-mail later, by {@link MessageMails}, if still unread; or in the digest.
     */
    @Transactional
    public void notifyOfMessage(UUID accountId, UUID conversationId, String sourceKey, String messageKey, String... arguments) {
        var key = sourceKey + ":" + accountId;
        if (notifications.existsBySourceKey(key)) {
            return;
        }
        var notification = notifications.save(StoredNotification.ofMessage(accountId, conversationId, messageKey, List.of(arguments), key,
                channelOf(accountId, NotificationKind.MESSAGES), clock.instant()));
        events.publishEvent(new NotificationAdded(notification.id(), accountId));
    }

    /** Rings the bell of this window (its {@code refresh}) at each new notification of the signed-in member, until removed. */
    @PreAuthorize("isAuthenticated()")
    public Registration watchMine(UI ui, Runnable refresh) {
        return bells.watch(currentMember.require().accountId(), ui, refresh);
    }

    /** Whether the signed-in member's e-mails about new messages carry their text. */
    @PreAuthorize("isAuthenticated()")
    public boolean myMessageText() {
        return messageTexts.withText(currentMember.require().accountId());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void chooseMessageText(boolean withText) {
        messageTexts.choose(currentMember.require().accountId(), withText);
    }

    /**
     * The signed-in member's unread notifications; none for a member deactivated or removed in a session still open
     * (a bell rung by push in their window must not fail: their next navigation sends them to the login page).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unreadCount() {
        return currentMember.get().map(member -> notifications.countByAccountIdAndReadAtIsNull(member.accountId())).orElse(0L);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Page<Notification> mine(int page, int size) {
        return notifications.findByAccountIdOrderByCreatedAtDesc(currentMember.require().accountId(), PageRequest.of(page, size))
                .map(StoredNotification::toNotification);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markAllRead() {
        notifications.markAllRead(currentMember.require().accountId(), clock.instant());
    }

    /** The signed-in member's channel for each kind that concerns their role. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<NotificationKind, Channel> myChannels() {
        var member = currentMember.require();
        var chosen = preferences.findByKeyAccountId(member.accountId()).stream()
                .collect(Collectors.toMap(ChannelPreference::kind, ChannelPreference::channel));
        var result = new LinkedHashMap<NotificationKind, Channel>();
        for (var kind : NotificationKind.values()) {
            if (kind.concerns(member.role())) {
                result.put(kind, chosen.getOrDefault(kind, kind.defaultChannel()));
            }
        }
        return result;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void choose(Map<NotificationKind, Channel> channels) {
        var accountId = currentMember.require().accountId();
        var existing = new EnumMap<NotificationKind, ChannelPreference>(NotificationKind.class);
        preferences.findByKeyAccountId(accountId).forEach(p -> existing.put(p.kind(), p));
        channels.forEach((kind, channel) -> {
            var preference = existing.get(kind);
            if (preference == null) {
                preferences.save(new ChannelPreference(accountId, kind, channel));
            } else {
                preference.change(channel);
            }
        });
    }

    /** Every morning, one e-mail per member with what they chose to receive as a digest. */
    @Scheduled(cron = "${alliances.notifications.digest-cron:0 0 7 * * *}")
    @SchedulerLock(name = "notification-digest", lockAtLeastFor = "PT30S")
    @Transactional
    public void sendDailyDigests() {
        var pending = notifications.findByChannelAndSentAtIsNullOrderByAccountIdAscCreatedAtAsc(Channel.DAILY_DIGEST);
        pending.stream().collect(Collectors.groupingBy(StoredNotification::accountId, LinkedHashMap::new, Collectors.toList()))
                .forEach((accountId, items) -> accounts.find(accountId).ifPresent(account -> {
                    var text = items.stream().map(n -> "- " + translate(n.messageKey(), n.arguments().toArray()))
                            .collect(Collectors.joining("\n"));
                    mailer.send("digest", account.email(), translate("mail.subject.digest", items.size()), text);
                    items.forEach(n -> n.markSent(clock.instant()));
                }));
    }

    /** Every night, the notifications older than {@link Retention#NOTIFICATIONS} are deleted, read or not; returns how many. */
    @Scheduled(cron = Retention.DAILY_CRON)
    @SchedulerLock(name = "notification-purge", lockAtLeastFor = "PT30S")
    @Transactional
    public int purgeOld() {
        int purged = notifications.deleteCreatedBefore(clock.instant().minus(Retention.NOTIFICATIONS));
        if (purged > 0) {
            log.info("Purged {} notifications older than {} days", purged, Retention.days(Retention.NOTIFICATIONS));
        }
        return purged;
    }

    private Channel channelOf(UUID accountId, NotificationKind kind) {
        return preferences.findById(new ChannelPreference.Key(accountId, kind)).map(ChannelPreference::channel)
                .orElse(kind.defaultChannel());
    }

    private String translate(String key, Object... arguments) {
        return translations.getTranslation(key, Locale.FRENCH, arguments);
    }
}
