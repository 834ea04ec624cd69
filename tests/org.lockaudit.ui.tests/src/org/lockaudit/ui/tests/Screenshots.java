package org.lockaudit.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/** Saves a PNG of the whole (virtual) screen under target/screenshots, for a person to look at what the tests saw. */
final class Screenshots {
    private Screenshots() {
    }

    /** Runs the event loop for {@code millis}, so asynchronous view updates (Problems view) and paints happen. */
    static void spin(long millis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Makes the workbench window fill the screen (there is no window manager under Xvfb to maximise it). */
    static void fillScreen() {
        Display display = Display.getCurrent();
        org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(display.getBounds());
        spin(300);
    }

    static Path save(String name) throws Exception {
        Display display = Display.getCurrent();
        spin(1500);
        Path dir = Path.of(System.getProperty("lockaudit.screenshots", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Rectangle bounds = display.getBounds();
        GC gc = new GC(display);
        Image image = new Image(display, bounds.width, bounds.height);
        try {
            gc.copyArea(image, 0, 0);
            ImageLoader loader = new ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] {image.getImageData()};
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
        return file;
    }
}
