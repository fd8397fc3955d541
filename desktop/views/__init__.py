"""Session windows: one module per area; each registers its sessions in the registry."""
