"""Weekly coaching tips for managers who opt in: when to send (bot/tips/timing.py), which
article comes next (bot/tips/rotation.py), and what is stored (bot/tips/scheduler.py)."""

from bot.tips.scheduler import DueTip, Subscription, TipScheduler

__all__ = ["DueTip", "Subscription", "TipScheduler"]
