"""Two-way Exchange synchronization of appointments, calls and tasks (issue 7, BR-EX-*).

``gateway`` talks to the server (exchangelib today, Graph later behind the same interface),
``mapping`` turns activities into neutral remote items and back, ``engine`` pushes the outbox
and pulls changes, ``worker`` runs the engine on a Qt thread of its own."""
