package org.alliances.accounts.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.alliances.accounts.CurrentMember;
import org.alliances.accounts.Invitation;
import org.alliances.accounts.JoinRequestService;
import org.alliances.accounts.Member;
import org.alliances.accounts.Membership;
import org.alliances.accounts.Memberships;
import org.alliances.accounts.SignedInMember;
import org.alliances.accounts.internal.ClientAddress;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.ui.FieldErrors;
import org.alliances.kernel.ui.TextLimits;

/**
 * "Membres": who acts for the organisation. Its responsables invite colleagues, send an invitation again or withdraw
 * it, name another responsable and remove a member (after confirming); every member may leave. For admins, the
 * platform team and the invitation of another admin.
 */
@Route(MembersView.ROUTE)
@Menu(title = "menu.members", order = 86, icon = "vaadin:group")
@PermitAll
class MembersView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "membres";

    final EmailField email = new EmailField();
    final Button invite = new Button();
    final Div members = new Div();
    final Div invitations = new Div();
    final Button leave = new Button();
    private final Memberships memberships;
    private final SignedInMember me;
    private final boolean manager;
    private final DateTimeFormatter dates;

    MembersView(Memberships memberships, CurrentMember currentMember, AuthenticationContext authentication,
                JoinRequestService joinRequests) {
        this.memberships = memberships;
        this.me = currentMember.require();
        this.manager = memberships.canManage();
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(ZoneId.of("Europe/Paris"));
        addClassName("page");
        members.addClassName("members-list");
        invitations.addClassName("members-list");
        add(new H1(getTranslation("members.title", me.organization().name())),
                new Paragraph(getTranslation(manager ? "members.intro.responsable" : "members.intro.member")));
        add(new H2(getTranslation("members.list")), members);
        if (manager) {
            addInvitationForm();
            add(new H2(getTranslation("members.invitations")), invitations);
            if (me.isResponsable()) {
                add(new H2(getTranslation("join.requests")), new JoinRequestList(joinRequests, joinRequests::forMyOrganization, false, this::refresh));
            }
        }
        leave.setText(getTranslation("members.leave"));
        leave.addThemeVariants(ButtonVariant.LUMO_ERROR);
        leave.addClickListener(click -> confirm(getTranslation("members.leave.title"), getTranslation("members.leave.text",
                me.organization().name()), getTranslation("members.leave"), () -> {
                    memberships.leave();
                    authentication.logout();
                }));
        add(new H2(getTranslation("members.leave.heading")), new Paragraph(getTranslation("members.leave.intro")), leave);
        refresh();
    }

    private void addInvitationForm() {
        email.setLabel(getTranslation("members.invite.email"));
        TextLimits.limit(email, Member.EMAIL.max());
        email.setHelperText(getTranslation("members.invite.help"));
        email.setWidth("min(100%, 24em)");
        var errors = new FieldErrors().bind("email", email);
        invite.setText(getTranslation("members.invite"));
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        invite.addClickListener(click -> {
            errors.clear();
            try {
                var sent = memberships.invite(email.getValue(), ClientAddress.current(), getLocale());
                Notification.show(getTranslation("members.invite.sent", sent.email())).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                email.clear();
                refresh();
            } catch (InvalidInputException problems) {
                errors.show(problems, this);
            }
        });
        var form = new HorizontalLayout(email, invite);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(new H2(getTranslation("members.invite.title")), form);
    }

    void refresh() {
        members.removeAll();
        memberships.members().forEach(member -> members.add(memberRow(member)));
        if (manager) {
            invitations.removeAll();
            var open = memberships.invitations();
            if (open.isEmpty()) {
                invitations.add(new Paragraph(getTranslation("members.invitations.empty")));
            }
            open.forEach(invitation -> invitations.add(invitationRow(invitation)));
        }
    }

    private Div memberRow(Member member) {
        var row = new Div();
        row.addClassName("member-row");
        var name = new Span(member.name());
        name.addClassName("member-name");
        var detail = new Span(member.email() + " · " + getTranslation(member.membership().labelKey())
                + (member.emailProven() ? "" : " · " + getTranslation("members.unproven")));
        detail.addClassName("member-detail");
        row.add(name, detail);
        boolean itsMe = member.accountId().equals(me.accountId());
        if (manager && !itsMe) {
            if (member.membership() == Membership.MEMBER) {
                row.add(small(getTranslation("members.make-responsable"), click -> act(() -> memberships.makeResponsable(member.accountId()),
                        getTranslation("members.made-responsable", member.name()))));
            }
            var remove = small(getTranslation("members.remove"), click -> confirm(getTranslation("members.remove.title", member.name()),
                    getTranslation("members.remove.text"), getTranslation("members.remove"),
                    () -> act(() -> memberships.remove(member.accountId()), getTranslation("members.removed", member.name()))));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
            row.add(remove);
        }
        return row;
    }

    private Div invitationRow(Invitation invitation) {
        var row = new Div();
        row.addClassName("member-row");
        var address = new Span(invitation.email());
        address.addClassName("member-name");
        var detail = new Span(getTranslation(invitation.expired() ? "members.invitation.expired" : "members.invitation.until",
                dates.format(invitation.sentAt()), dates.format(invitation.expiresAt())));
        detail.addClassName("member-detail");
        row.add(address, detail,
                small(getTranslation("members.invitation.resend"), click -> act(() -> memberships.resend(invitation.id(),
                        ClientAddress.current(), getLocale()), getTranslation("members.invite.sent", invitation.email()))),
                small(getTranslation("members.invitation.withdraw"), click -> confirm(getTranslation("members.invitation.withdraw.title"),
                        getTranslation("members.invitation.withdraw.text", invitation.email()), getTranslation("members.invitation.withdraw"),
                        () -> act(() -> memberships.withdraw(invitation.id()), getTranslation("members.invitation.withdrawn")))));
        return row;
    }

    private Button small(String text, Consumer<com.vaadin.flow.component.ClickEvent<Button>> action) {
        var button = new Button(text, action::accept);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    /** Runs an action, says it is done and shows the list again; a refusal is said in an error notice. */
    private void act(Runnable action, String done) {
        try {
            action.run();
            Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (InvalidInputException refused) {
            refused.problems().values().forEach(key -> Notification.show(getTranslation(key)).addThemeVariants(NotificationVariant.LUMO_ERROR));
        }
    }

    ConfirmDialog dialog;

    private void confirm(String header, String text, String confirmText, Runnable action) {
        dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(confirmText);
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirmed -> {
            try {
                action.run();
            } catch (InvalidInputException refused) {
                refused.problems().values().forEach(key -> Notification.show(getTranslation(key)).addThemeVariants(NotificationVariant.LUMO_ERROR));
            }
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.members") + " · " + getTranslation("app.name");
    }
}
