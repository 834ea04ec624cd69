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

    static Path save(String name) throws Exception {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // let pending paints happen first
        }
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
