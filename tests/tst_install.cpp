// `cmake --install` into a temporary prefix: the two programs, the preview's
// engine they load, the desktop entry and the icon in the hicolor theme.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestInstall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void installsIntoPrefix();
};

void TestInstall::installsIntoPrefix()
{
    QTemporaryDir prefix;
    QVERIFY(prefix.isValid());
    const QString buildDirectory = QFileInfo(QStringLiteral(KIJI_BINARY_DIR)).absolutePath();
    QProcess install;
    install.start(QStringLiteral(KIJI_CMAKE_COMMAND),
                  {QStringLiteral("--install"), buildDirectory, QStringLiteral("--prefix"), prefix.path()});
    QVERIFY(install.waitForFinished(120000));
    QVERIFY2(install.exitCode() == 0, install.readAllStandardError().constData());

    const QDir root(prefix.path());
    for (const char *program : {"bin/kiji", "bin/kiji-gui"}) {
        const QFileInfo info(root.filePath(QString::fromLatin1(program)));
        QVERIFY2(info.isFile() && info.isExecutable(), program);
    }

    // The installed window finds its preview's engine and shows the article
    // in it; without the engine it says so and stops, instead of waiting.
    const QString article = root.filePath(QStringLiteral("article.md"));
    QFile articleFile(article);
    QVERIFY(articleFile.open(QIODevice::WriteOnly));
    articleFile.write("# 題名\n\n本文です。\n");
    articleFile.close();
    const QString picture = root.filePath(QStringLiteral("window.png"));
    auto screenshot = [&](QByteArray *err) {
        QProcess window;
        window.start(root.filePath(QStringLiteral("bin/kiji-gui")),
                     {article, QStringLiteral("--screenshot"), picture});
        if (!window.waitForFinished(60000))
            return -1;
        *err = window.readAllStandardError();
        return window.exitStatus() == QProcess::NormalExit ? window.exitCode() : -2;
    };
    QByteArray err;
    QVERIFY(QFileInfo(root.filePath(QStringLiteral("lib/kiji/libkiji_preview.so"))).isFile());
    // The window starts without Qt WebEngine (and Qt Quick under it): the
    // dynamic loader must not bring them in before main().
    QProcess readelf;
    readelf.start(QStringLiteral("readelf"), {QStringLiteral("--dynamic"), root.filePath(QStringLiteral("bin/kiji-gui"))});
    QVERIFY(readelf.waitForFinished(30000));
    const QByteArray needed = readelf.readAllStandardOutput();
    QVERIFY2(needed.contains("(NEEDED)") && needed.contains("libQt6Widgets"), needed.constData());
    QVERIFY2(!needed.contains("WebEngine") && !needed.contains("Quick"), needed.constData());
    QCOMPARE(screenshot(&err), 0);
    QCOMPARE(QImage(picture).size(), QSize(1400, 900));
    QVERIFY2(!err.contains("initialized from a plugin") && !err.contains("AA_ShareOpenGLContexts"), err.constData());
    QVERIFY(QFile::remove(root.filePath(QStringLiteral("lib/kiji/libkiji_preview.so"))));
    QVERIFY(QFile::remove(picture));
    QCOMPARE(screenshot(&err), 2);
    QVERIFY2(err.contains("kiji: error: ") && err.contains("libkiji_preview.so"), err.constData());
    QVERIFY(!QFile::exists(picture));

    const QString desktop = root.filePath(QStringLiteral("share/applications/kiji.desktop"));
    const QString entry = QString::fromUtf8(readFile(desktop));
    QVERIFY(entry.startsWith(QStringLiteral("[Desktop Entry]\n")));
    for (const QString &line : {QStringLiteral("Type=Application"), QStringLiteral("Name=Kiji"),
                                QStringLiteral("Name[ja]=Kiji 記事エディタ"), QStringLiteral("Exec=kiji %f"),
                                QStringLiteral("Icon=kiji"), QStringLiteral("MimeType=text/markdown;"),
                                QStringLiteral("Categories=Office;TextEditor;")})
        QVERIFY2(entry.contains(QLatin1Char('\n') + line + QLatin1Char('\n')), qPrintable(line));
    QVERIFY(entry.contains(QStringLiteral("\nGenericName[ja]=")));
    QVERIFY(entry.contains(QStringLiteral("\nComment[ja]=")));

    const QByteArray svg = readFile(root.filePath(QStringLiteral("share/icons/hicolor/scalable/apps/kiji.svg")));
    QVERIFY(svg.contains("<svg"));
    for (const int size : {16, 32, 48, 64, 128, 256}) {
        const QString png = root.filePath(QStringLiteral("share/icons/hicolor/%1x%1/apps/kiji.png").arg(size));
        const QImage image(png);
        QVERIFY2(!image.isNull(), qPrintable(png));
        QCOMPARE(image.size(), QSize(size, size));
    }
}

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
