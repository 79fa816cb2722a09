"""What ``mus mail`` tells HR when it is done, line by line."""

from __future__ import annotations

from pipeline.mail.run import MailOptions, MailResult
from pipeline.mail.transport import describe


def mail_summary(result: MailResult, options: MailOptions) -> list[str]:
    lines = [(f"No copy to the leader: {s.employee_id} {s.name}: {s.reason}." if s.kind == "copy"
              else f"Not mailed: {s.employee_id} {s.name} ({s.kind}'s form): {s.reason}.") +
             " Correct the employee list and run again." for s in result.skipped]
    what = "reminder(s)" if options.reminder else "e-mail(s)"
    sending = options.smtp is not None or options.m365 is not None or options.token is not None
    before = (f"; {result.already_sent} had been sent before (see the send log) and "
              f"{'would not be' if options.dry_run else 'were not'} sent again"
              if result.already_sent else "")
    if options.dry_run:
        for item in result.pending:
            cc = f" (cc {item.cc[0][1]})" if item.cc else ""
            lines.append(f"Would send to {item.to_address}{cc}: {result.subjects[item.key]} "
                         f"[{item.entry.file}]")
        lines.append(f"Dry run: {len(result.pending)} {what} would go out"
                     f"{before}; nothing was written or "
                     "sent.")
    elif not sending:
        lines.append(f"Wrote {len(result.drafts)} draft {what} to {options.out}. Open them in "
                     "classic Outlook, Thunderbird or Apple Mail and press Send; nothing was "
                     "sent. (For new Outlook, use --m365 --drafts-in-mailbox.)")
    elif not result.pending:
        lines.append(f"Nothing left to send: all {result.already_sent} {what} had been sent "
                     f"before. Send log: {result.log}" if not result.uncertain else
                     f"Nothing left to send: {result.already_sent} {what} had been sent before "
                     f"and {len(result.uncertain)} are uncertain (below). Send log: "
                     f"{result.log}")
    else:
        if options.drafts_in_mailbox:
            done = (f"Made {result.sent} draft {what} in {result.way or 'Microsoft 365'}: "
                    "review them in Outlook's Drafts folder and send them from there")
        else:
            done = f"Sent {result.sent} {what} through {result.way or 'nothing'}"
        again = (f"; {result.resent_uncertain} uncertain one(s) among them were sent again as "
                 "asked" if result.resent_uncertain and result.sent else "")
        lines.append(f"{done}{before}{again}. Send log: "
                     f"{result.log}")
    for item, reason in result.refused:
        lines.append(f"Not sent: {describe(item)}: {reason} Correct the address in the "
                     "employee list and run the same command again.")
    for entry in result.uncertain:
        when = entry.time[:16].replace("T", " ")
        lines.append(f"Uncertain, not sent again: the e-mail to {entry.to} (employee "
                     f"{entry.employee_id}, {entry.kind}'s form) was handed over on {when} and "
                     "never confirmed, so it may have arrived. Ask; to send it anyway, run "
                     "again with --resend-uncertain.")
    return lines
