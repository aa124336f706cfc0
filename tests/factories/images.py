import io

from django.core.files.images import ImageFile

from PIL import Image as PILImage
from wagtail.images import get_image_model


def png_bytes(width=64, height=48, colour=(21, 94, 87)):
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), colour).save(buffer, format="PNG")
    return buffer.getvalue()


def make_image(title="Foto", description="Een foto", decorative=False, width=64, height=48):
    image = get_image_model()(title=title, description=description, is_decorative=decorative)
    image.file = ImageFile(io.BytesIO(png_bytes(width, height)), name=f"{title}.png")
    image.save()
    return image
