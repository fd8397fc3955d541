"""Two-way Exchange synchronization of appointments, calls and tasks (issue 7, BR-EX-*).

``contract`` says what a gateway does in neutral words; ``gateways`` holds the two that talk to
a server (EWS over exchangelib, Microsoft Graph) and the factory; ``mapping`` turns activities
into neutral items and back; ``engine`` runs a sync mailbox by mailbox (``pull``, ``push``,
``locks``); ``api`` is what the windows may use, with ``worker``, the engine's Qt thread."""
