"""The laptop's side of the team's replication: capture, push, pull, leases, status."""
