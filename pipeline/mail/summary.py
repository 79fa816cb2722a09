"""What ``mus mail`` tells HR when it is done, line by line."""

from __future__ import annotations

from pipeline.mail.bounces import Reconciled, resend_after
from pipeline.mail.budget import when
from pipeline.mail.codes import ADDRESS
from pipeline.mail.run import MailOptions, MailResult
from pipeline.mail.sendlog import LOG, LogEntry
from pipeline.mail.transport import describe
from pipeline.terminal import one_line


def mail_summary(result: MailResult, options: MailOptions) -> list[str]:
    lines = [(f"No copy to the leader: {one_line(s.employee_id)} {one_line(s.name)}: "
               f"{one_line(s.reason)}." if s.kind == "copy"
              else f"Not mailed: {one_line(s.employee_id)} {one_line(s.name)} "
                   f"({'follow-up form' if s.kind == 'followup' else s.kind + chr(39) + 's form'})"
                   f": {one_line(s.reason)}.")
             + " Correct the employee list and run again." for s in result.skipped]
    what = "reminder(s)" if options.reminder else "e-mail(s)"
    sending = options.smtp is not None or options.m365 is not None or options.token is not None
    before = (f"; {result.already_sent} had been sent before (see the send log) and "
              f"{'would not be' if options.dry_run else 'were not'} sent again"
              if result.already_sent else "")
    if options.dry_run:
        for item in result.pending:
            cc = f" (cc {one_line(item.cc[0][1])})" if item.cc else ""
            lines.append(f"Would send to {one_line(item.to_address)}{cc}: "
                         f"{one_line(result.subjects[item.key])} [{one_line(item.entry.file)}]")
        recipients = sum(1 + len(item.cc) for item in result.pending)
        copies = (f" to {recipients} recipients (the copies to leaders count)"
                  if recipients != len(result.pending) else "")
        lines.append(f"Dry run: {len(result.pending)} {what} would go out{copies}"
                     f"{before}; nothing was written or sent.")
        lines += budget_lines(result)
    elif not sending:
        lines.append(f"Wrote {len(result.drafts)} draft {what} to {options.out}. Open them in "
                     "classic Outlook, Thunderbird or Apple Mail and press Send; nothing was "
                     "sent. (For new Outlook, use --m365 --drafts-in-mailbox.)")
    elif not result.pending:
        left = [f"{len(result.uncertain)} are uncertain"] if result.uncertain else []
        left += [f"{len(result.bounced)} came back"] if result.bounced else []
        lines.append(f"Nothing left to send: all {result.already_sent} {what} had been sent "
                     f"before. Send log: {result.log}" if not left else
                     f"Nothing left to send: {result.already_sent} {what} had been sent before "
                     f"and {' and '.join(left)} (below). Send log: {result.log}")
    elif not result.sent and result.held:
        lines.append(f"Nothing was sent now{before}. Send log: {result.log}")
    else:
        if options.drafts_in_mailbox:
            done = (f"Made {result.sent} draft {what} in {result.way or 'Microsoft 365'}: "
                    "review them in Outlook's Drafts folder and send them from there")
        else:
            done = f"Sent {result.sent} {what} through {result.way or 'nothing'}"
        again = (f"; {result.resent_uncertain} uncertain one(s) among them were sent again as "
                 "asked" if result.resent_uncertain and result.sent else "")
        bounced = (f"; {result.resent_bounced} that had come back (for the sender's limit, or "
                   "to an address since corrected) were among them" if result.resent_bounced
                   else "")
        lines.append(f"{done}{before}{again}{bounced}. Send log: "
                     f"{result.log}")
    if result.held and result.resume is not None and result.budget is not None:
        allowance = result.budget.allowance
        lines.append(f"Daily limit: {allowance.words} allows {allowance.limit:,} "
                     f"{allowance.unit} in 24 hours from this sender, and that is reached. "
                     f"{result.sent} sent; the rest can go after "
                     f"{when(result.resume, result.now)} ({result.held} {what}): run the "
                     "same command again then; it sends only what is left.")
    for item, reason in result.refused:
        lines.append(f"Not sent: {describe(item)}: {reason} Correct the address in the "
                     "employee list and run the same command again.")
    for entry in result.bounced:
        lines.append(bounced_line(entry))
    for entry in result.uncertain:
        handed = entry.time[:16].replace("T", " ")
        lines.append(f"Uncertain, not sent again: the e-mail to {one_line(entry.to)} (employee "
                     f"{entry.employee_id}, {entry.kind}'s form) was handed over on {handed} and "
                     "never confirmed, so it may have arrived. Ask; to send it anyway, run "
                     "again with --resend-uncertain.")
    return lines


def budget_lines(result: MailResult) -> list[str]:
    """For --dry-run: the recipients against the sender's daily budget, and the days it takes."""
    budget = result.budget
    if budget is None:
        return []
    allowance = budget.allowance
    if allowance.limit is None:
        return [f"No daily limit is known for {allowance.words}; --daily-limit N sets one."]
    recipients = [1 + len(item.cc) for item in result.pending]
    need = sum(allowance.cost(n) for n in recipients)
    used = budget.used(result.now)
    days = budget.days(recipients, result.now)
    head = (f"Daily limit: {allowance.words} allows {allowance.limit:,} {allowance.unit} in 24 "
            f"hours from this sender (--daily-limit changes it); {used:,} used in the last 24 "
            f"hours, {need:,} needed.")
    if days <= 1:
        return [f"{head} All fit now."]
    return [f"{head} The season takes {days} days: mus sends what fits and stops before the "
            "limit; run the same command again each day (after the time it says) until "
            "everything has gone."]


def bounced_line(entry: LogEntry) -> str:
    """An e-mail that came back and is not sent again by itself."""
    who = f"{entry.to} (employee {entry.employee_id}, {entry.kind}'s form)"
    if entry.problem == ADDRESS:
        return (f"Bad address: the e-mail to {who} came back as undeliverable ({entry.reason}). "
                "Correct the address in the employee list and run the same command again: it "
                "goes to the corrected address.")
    return (f"Came back, not sent again: the e-mail to {who} was reported undeliverable "
            f"({entry.reason}). Ask IT what the reason means; once the address is corrected in "
            "the employee list, the same command sends it again.")


def bounce_summary(done: Reconciled, options: MailOptions) -> list[str]:
    """What ``mus mail --bounces`` found, and what the next ``mus mail`` does about it."""
    again = [e for e in done.marked if resend_after(e)]
    lines = [f"Read {done.reports} non-delivery report(s); {len(done.marked)} e-mail(s) newly "
             f"marked as bounced in the send log {options.out / LOG}"
             + (f" ({done.known} more had been marked before)" if done.known else "") + "."]
    if again:
        lines.append(f"{len(again)} came back because the sender had reached a limit (or was "
                     "blocked): the next `mus mail` (the same command without --bounces) sends "
                     "them again, within the daily limit.")
    lines += [bounced_line(e) for e in done.marked if not resend_after(e)]
    for entry, bounce in done.copies:
        lines.append(f"The copy to {bounce.recipient} of the e-mail to {entry.to} (employee "
                     f"{entry.employee_id}) came back ({bounce.reason}); the e-mail itself "
                     "arrived. Correct the leader's address in the employee list.")
    return lines
