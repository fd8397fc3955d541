"""``crm-desktop serve``: the team server, HTTPS in front of the team's PostgreSQL."""
