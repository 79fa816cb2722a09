"""Mailing the forms out and reminding those who have not answered: drafts by default, SMTP
when asked, with a send log so that no form is ever sent twice."""
