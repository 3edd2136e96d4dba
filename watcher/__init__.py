"""rejection-watcher: turn a job rejection into a gracious reply draft, never sending anything."""

__version__ = "0.1.0"
