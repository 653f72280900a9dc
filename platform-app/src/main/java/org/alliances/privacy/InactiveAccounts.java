package org.alliances.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import org.alliances.accounts.AccountClosure;
import org.alliances.accounts.AccountService;
import org.alliances.kernel.Retention;
import org.alliances.kernel.Territories;
import org.alliances.kernel.runtime.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, the accounts nobody signed in to for {@link Retention#INACTIVE_ACCOUNTS}: told by e-mail 30 days and then
 * 7 days before (each notice once; signing in again starts the count anew), then erased like a deletion asked by the
 * member, their association or company with them when no one active is left in it.
 */
@Component
public class InactiveAccounts {

    private static final Logger log = LoggerFactory.getLogger(InactiveAccounts.class);

    /** What one night did. */
    public record Night(int noticesSent, int erased) {
    }

    private final AccountClosure closure;
    private final AccountService accounts;
    private final Erasures erasures;
    private final Mailer mailer;
    private final I18NProvider texts;
    private final Clock clock;

    InactiveAccounts(AccountClosure closure, AccountService accounts, Erasures erasures, Mailer mailer, I18NProvider texts, Clock clock) {
        this.closure = closure;
        this.accounts = accounts;
        this.erasures = erasures;
        this.mailer = mailer;
        this.texts = texts;
        this.clock = clock;
    }

    @Scheduled(cron = Retention.DAILY_CRON)
    @SchedulerLock(name = "inactive-accounts", lockAtLeastFor = "PT30S")
    public Night run() {
        var now = clock.instant();
        var firstNotice = Retention.INACTIVITY_NOTICES.getFirst();
        int notices = 0;
        int erased = 0;
        for (var dormant : closure.dormantSince(now.minus(Retention.INACTIVE_ACCOUNTS).plus(firstNotice))) {
            var erasureDay = dormant.lastUsedAt().plus(Retention.INACTIVE_ACCOUNTS);
            if (!now.isBefore(erasureDay)) {
                var othersActive = accounts.activeMembersOf(dormant.organizationId()).stream()
                        .anyMatch(member -> !member.id().equals(dormant.accountId()));
                erasures.eraseDormant(dormant.accountId(), dormant.organizationId(), !othersActive);
                erased++;
                continue;
            }
            int due = Duration.between(now, erasureDay).compareTo(Retention.INACTIVITY_NOTICES.get(1)) <= 0 ? 2 : 1;
            if (dormant.noticesSent() < due && closure.recordInactivityNotice(dormant.accountId(), due)) {
                var day = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(erasureDay.atZone(Territories.TIME_ZONE));
                mailer.send("inactivity-notice", dormant.address(), texts.getTranslation("inactivity.mail.subject", Locale.FRENCH, day),
                        texts.getTranslation("inactivity.mail.body", Locale.FRENCH, day, Retention.INACTIVE_ACCOUNTS.toDays() / 365));
                notices++;
            }
        }
        if (notices + erased > 0) {
            log.info("Accounts unused for years: {} notices sent, {} erased", notices, erased);
        }
        return new Night(notices, erased);
    }
}
