"""On-site check-in: registered scanning devices at checkpoints of access zones, scans redeemed by the admission
rules, and offline scans synced once the network is back."""
