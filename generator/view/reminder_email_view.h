// Reminder email view: the outbox message of one reminder step (compute/reminders.h), in the
// customer's language — a subject that says what is asked and by when, a plain-text body and
// the "reminder_email" template's view model.
#pragma once

#include <string>

#include "compute/reminders.h"
#include "view/email_view.h"

namespace portalgen {

// `portal_link`: the absolute URL of the customer's portal (portal_link() of view/email_view.h).
EmailView reminder_email_view(const PortalContext& c, const std::string& portal_link,
                              const DueReminder& reminder);

}  // namespace portalgen
