#pragma once

class PreviewRequestInterceptor;
class QWebEngineProfile;

// The one Qt WebEngine profile of the process, which the previews of every
// window share. Chromium runs its renderer inside this process (see
// kijiCreatePreviewEngine()), where Qt WebEngine allows one profile only.
// Off the record (nothing of the preview reaches disk), with the preview's
// scheme installed and its interceptor, which sees the requests of every
// page on the profile.
namespace PreviewProfile {

// Made on first use, with the application as its parent.
QWebEngineProfile *shared();
PreviewRequestInterceptor *interceptor();

} // namespace PreviewProfile
