package org.alliances.privacy.ui;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.alliances.accounts.CurrentMember;
import org.alliances.accounts.SignedInMember;
import org.alliances.kernel.OrganizationType;
import org.alliances.privacy.Erasures;
import org.alliances.kernel.Retention;
import org.alliances.privacy.Archive;
import org.alliances.privacy.MyData;
import org.jspecify.annotations.Nullable;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * "Mes données": prepares the member's archive in the background, its progress shown, then lists the archives still
 * downloadable (a week), each with its download link; below, deleting one's account or one's organisation, after
 * typing the password again.
 */
@Route("mes-donnees")
@PermitAll
class MyDataView extends VerticalLayout implements HasDynamicTitle {

    final Button prepare = new Button();
    final ProgressBar progress = new ProgressBar(0, 100);
    final UnorderedList archives = new UnorderedList();
    final Paragraph empty = new Paragraph();
    CompletableFuture<Void> preparing = CompletableFuture.completedFuture(null);

    private final MyData myData;
    private final DateTimeFormatter dates;

    final Button deleteAccount = new Button();
    final Button deleteOrganization = new Button();
    @Nullable DeletionDialog deletion;

    MyDataView(MyData myData, Erasures erasures, CurrentMember currentMember, AuthenticationContext authentication) {
        this.myData = myData;
        this.dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        addClassName("page");
        var member = currentMember.require();
        var what = new Paragraph(getTranslation(member.isResponsable() ? "my-data.intro.responsable" : "my-data.intro.member",
                member.organization().name(), Retention.days(Retention.ARCHIVES)));
        prepare.setText(getTranslation("my-data.prepare"));
        prepare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        prepare.addClickListener(click -> start());
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("my-data.progress"));
        empty.setText(getTranslation("my-data.none"));
        add(new H1(getTranslation("my-data.title")), what, prepare, progress, new H2(getTranslation("my-data.archives")), empty, archives);
        refresh();
        addDeletions(member, erasures, authentication);
    }

    /** "Supprimer mon compte" for everyone; "Supprimer l'organisation" for the responsable of an association or a company. */
    private void addDeletions(SignedInMember member, Erasures erasures, AuthenticationContext authentication) {
        var organization = member.organization().name();
        deleteAccount.setText(getTranslation("erasure.account"));
        deleteAccount.addThemeVariants(ButtonVariant.LUMO_ERROR);
        deleteAccount.addClickListener(click -> open(new DeletionDialog(getTranslation("erasure.account.title"),
                getTranslation("erasure.account.text", organization), getTranslation("erasure.account.confirm"),
                erasures::deleteMyAccount, authentication::logout)));
        add(new H2(getTranslation("erasure.title")), new Paragraph(getTranslation("erasure.account.intro")), deleteAccount);
        var type = member.organization().type();
        if (member.isResponsable() && (type == OrganizationType.ASSOCIATION || type == OrganizationType.COMPANY)) {
            deleteOrganization.setText(getTranslation("erasure.organization", organization));
            deleteOrganization.addThemeVariants(ButtonVariant.LUMO_ERROR);
            deleteOrganization.addClickListener(click -> open(new DeletionDialog(getTranslation("erasure.organization.title", organization),
                    getTranslation("erasure.organization.text", organization), getTranslation("erasure.organization.confirm"),
                    erasures::deleteMyOrganization, authentication::logout)));
            add(new Paragraph(getTranslation("erasure.organization.intro")), deleteOrganization);
        }
    }

    private void open(DeletionDialog dialog) {
        deletion = dialog;
        dialog.open();
    }

    /** Prepares the archive in the background; the page follows the progress. */
    void start() {
        var ui = UI.getCurrent();
        prepare.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        ui.setPollInterval(300);
        preparing = CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(() -> {
            try {
                myData.prepare(percent -> ui.access(() -> progress.setValue(percent)));
                var ready = myData.archives();
                ui.access(() -> finish(getTranslation("my-data.ready"), NotificationVariant.LUMO_SUCCESS, ready));
            } catch (RuntimeException failure) {
                ui.access(() -> finish(getTranslation("my-data.failed"), NotificationVariant.LUMO_ERROR, null));
            }
        }));
    }

    /** Back from the background: the archives as they were read there (the page's own thread may not ask the services). */
    private void finish(String message, NotificationVariant variant, @Nullable List<Archive> ready) {
        progress.setVisible(false);
        prepare.setEnabled(true);
        Notification.show(message).addThemeVariants(variant);
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
        if (ready != null) {
            show(ready);
        }
    }

    void refresh() {
        show(myData.archives());
    }

    private void show(List<Archive> ready) {
        archives.removeAll();
        empty.setVisible(ready.isEmpty());
        ready.forEach(archive -> archives.add(new ListItem(link(archive))));
    }

    private Anchor link(Archive archive) {
        var name = "alliances-mes-donnees-" + archive.createdAt().toString().substring(0, 10) + ".zip";
        var anchor = new Anchor(DownloadHandler.fromInputStream(download -> myData.download(archive.id())
                .map(zip -> new DownloadResponse(new ByteArrayInputStream(zip), name, "application/zip", zip.length))
                .orElseGet(() -> DownloadResponse.error(404))),
                getTranslation("my-data.download", dates.format(archive.createdAt()), Math.max(1, archive.bytes() / 1024),
                        dates.format(archive.expiresAt())));
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-data.title") + " · " + getTranslation("app.name");
    }
}
